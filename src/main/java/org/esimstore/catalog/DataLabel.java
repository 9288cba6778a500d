package org.esimstore.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Writes a data allowance the way shoppers read it, such as {@code 500 MB} or
 * {@code 1.5 GB}, counting in binary units as Dancity does.
 */
final class DataLabel {

	static final String UNLIMITED = "Unlimited";

	private static final long KB = 1024;

	private static final long MB = KB * 1024;

	private static final long GB = MB * 1024;

	private static final long TB = GB * 1024;

	private DataLabel() {
	}

	/**
	 * The label of an allowance.
	 * @param bytes the allowance in bytes, negative when unlimited
	 * @return the label
	 */
	static String of(long bytes) {
		if (bytes < 0) {
			return UNLIMITED;
		}
		if (bytes >= TB) {
			return scaled(bytes, TB, "TB");
		}
		if (bytes >= GB) {
			return scaled(bytes, GB, "GB");
		}
		if (bytes >= MB) {
			return scaled(bytes, MB, "MB");
		}
		if (bytes >= KB) {
			return scaled(bytes, KB, "KB");
		}
		return bytes + " B";
	}

	private static String scaled(long bytes, long unit, String name) {
		BigDecimal value = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(unit), 2, RoundingMode.HALF_UP);
		return value.stripTrailingZeros().toPlainString() + " " + name;
	}

}
