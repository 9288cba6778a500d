package org.esimstore.dancity;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A destination in the simulated Dancity's catalog: one country or a regional bundle.
 *
 * @param code ISO alpha-2 for a country, {@code XX-n} for a bundle
 * @param name display name
 * @param multiCountry whether this is a regional bundle
 * @param flagUrl flag image, absent for some regions as in Dancity's own data
 * @param iso ISO code as Dancity reports it, absent for some regions
 * @param locations ISO codes of the countries covered
 */
record SimulatedRegion(String code, String name, boolean multiCountry, @Nullable String flagUrl, @Nullable String iso,
		List<String> locations) {

	String type() {
		return this.multiCountry ? "multi-country" : "country";
	}

}
