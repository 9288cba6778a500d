package org.esimstore.catalog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Data allowances written as shoppers read them.
 */
class DataLabelTests {

	@Test
	void writesWholeGigabytesWithoutDecimals() {
		assertThat(DataLabel.of(1_073_741_824L)).isEqualTo("1 GB");
		assertThat(DataLabel.of(20L * 1_073_741_824L)).isEqualTo("20 GB");
	}

	@Test
	void writesFractionsOfGigabytesWithUpToTwoDecimals() {
		assertThat(DataLabel.of(1_610_612_736L)).isEqualTo("1.5 GB");
		assertThat(DataLabel.of(2_505_397_589L)).isEqualTo("2.33 GB");
	}

	@Test
	void writesLessThanAGigabyteInMegabytes() {
		assertThat(DataLabel.of(524_288_000L)).isEqualTo("500 MB");
		assertThat(DataLabel.of(104_857_600L)).isEqualTo("100 MB");
		assertThat(DataLabel.of(1_048_576_000L)).isEqualTo("1000 MB");
	}

	@Test
	void writesSmallAllowancesInKilobytesOrBytes() {
		assertThat(DataLabel.of(512 * 1024L)).isEqualTo("512 KB");
		assertThat(DataLabel.of(0)).isEqualTo("0 B");
	}

	@Test
	void writesUnlimitedForNegativeAllowances() {
		assertThat(DataLabel.of(-1)).isEqualTo("Unlimited");
	}

}
