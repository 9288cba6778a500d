package org.esimstore.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.esimstore.IntegrationTest;
import org.esimstore.dancity.DancityPackage;
import org.esimstore.dancity.DancityPackages;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Catalog snapshots in PostgreSQL: read back as written, never replaced by an older one.
 */
@IntegrationTest
class JdbcCatalogSnapshotsTests {

	// A region no catalog has, so that the snapshots of the running catalog are left
	// alone.
	private static final String REGION = "ZX-TEST";

	private static final DancityPackages PACKAGES = new DancityPackages(
			List.of(new DancityPackage("ZX1G7D", "Test 1GB", "A plan", new BigDecimal("0.62"), new BigDecimal("1005"),
					1_073_741_824L, 7, REGION, "4G/5G", List.of("Testland"), false)),
			new BigDecimal("1620"));

	private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

	@Autowired
	JdbcCatalogSnapshots snapshots;

	@AfterEach
	void forgetTheTestRegion() {
		this.snapshots.deletePackages(REGION);
	}

	@Test
	void readsBackWhatItStored() {
		this.snapshots.savePackages(REGION, new Cached<>(PACKAGES, this.now));

		assertThat(this.snapshots.packages(REGION)).isEqualTo(new Cached<>(PACKAGES, this.now));
		assertThat(this.snapshots.allPackages()).containsEntry(REGION, new Cached<>(PACKAGES, this.now));
	}

	@Test
	void keepsTheNewerSnapshotWhenAnOlderOneArrivesLate() {
		DancityPackages older = new DancityPackages(List.of(), null);
		this.snapshots.savePackages(REGION, new Cached<>(PACKAGES, this.now));

		this.snapshots.savePackages(REGION, new Cached<>(older, this.now.minusSeconds(60)));

		assertThat(this.snapshots.packages(REGION)).extracting(Cached::value).isEqualTo(PACKAGES);
	}

	@Test
	void forgetsDeletedSnapshots() {
		this.snapshots.savePackages(REGION, new Cached<>(PACKAGES, this.now));

		this.snapshots.deletePackages(REGION);

		assertThat(this.snapshots.packages(REGION)).isNull();
	}

}
