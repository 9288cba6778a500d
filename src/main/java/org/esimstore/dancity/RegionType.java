package org.esimstore.dancity;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Kind of Dancity region: a single country or a multi-country bundle.
 */
public enum RegionType {

	COUNTRY("country", 1), MULTI_COUNTRY("multi-country", 2), GLOBAL("global", 2);

	private final String wireName;

	private final int queryType;

	RegionType(String wireName, int queryType) {
		this.wireName = wireName;
		this.queryType = queryType;
	}

	/**
	 * Name Dancity uses in responses and in the {@code regionType} query parameter.
	 * @return the wire name
	 */
	public String wireName() {
		return this.wireName;
	}

	/**
	 * Value of the numeric {@code type} query parameter of the regions endpoint.
	 * @return 1 for countries, 2 for regional bundles
	 */
	public int queryType() {
		return this.queryType;
	}

	/**
	 * Maps Dancity's name, tolerating case and unknown values.
	 * @param wireName the name Dancity sent
	 * @return the type, {@link #COUNTRY} when absent or unknown
	 */
	public static RegionType fromWire(@Nullable String wireName) {
		if (wireName == null) {
			return COUNTRY;
		}
		String normalized = wireName.strip().toLowerCase(Locale.ROOT).replace('_', '-');
		for (RegionType type : values()) {
			if (type.wireName.equals(normalized)) {
				return type;
			}
		}
		return normalized.equals("2") || normalized.contains("multi") || normalized.contains("region") ? MULTI_COUNTRY
				: COUNTRY;
	}

}
