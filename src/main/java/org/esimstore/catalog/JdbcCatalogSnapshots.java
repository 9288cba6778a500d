package org.esimstore.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.esimstore.dancity.DancityPackages;
import org.esimstore.dancity.DancityRegion;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Catalog snapshots as JSON rows in PostgreSQL. A snapshot that cannot be read or written
 * is logged and skipped: the in-memory catalog keeps working without it.
 */
class JdbcCatalogSnapshots implements CatalogSnapshots {

	private static final Logger logger = LoggerFactory.getLogger(JdbcCatalogSnapshots.class);

	private static final String REGIONS_KEY = "regions";

	private static final String PACKAGES_PREFIX = "packages:";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	JdbcCatalogSnapshots(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Override
	public @Nullable Cached<List<DancityRegion>> regions() {
		Row row = find(REGIONS_KEY);
		StoredRegions regions = (row != null) ? read(row, StoredRegions.class) : null;
		return (regions != null) ? new Cached<>(regions.regions(), row.fetchedAt().toInstant()) : null;
	}

	@Override
	public @Nullable Cached<DancityPackages> packages(String regionCode) {
		Row row = find(PACKAGES_PREFIX + regionCode);
		DancityPackages packages = (row != null) ? read(row, DancityPackages.class) : null;
		return (packages != null) ? new Cached<>(packages, row.fetchedAt().toInstant()) : null;
	}

	@Override
	public Map<String, Cached<DancityPackages>> allPackages() {
		Map<String, Cached<DancityPackages>> all = new LinkedHashMap<>();
		try {
			this.jdbc
				.sql("SELECT cache_key, payload::text AS payload, fetched_at FROM catalog_snapshot"
						+ " WHERE cache_key LIKE 'packages:%'")
				.query(JdbcCatalogSnapshots::row)
				.list()
				.forEach((row) -> {
					DancityPackages packages = read(row, DancityPackages.class);
					if (packages != null) {
						all.put(row.key().substring(PACKAGES_PREFIX.length()),
								new Cached<>(packages, row.fetchedAt().toInstant()));
					}
				});
		}
		catch (DataAccessException ex) {
			logger.warn("Could not read the catalog snapshots: {}", ex.getMessage());
		}
		return all;
	}

	@Override
	public void saveRegions(Cached<List<DancityRegion>> regions) {
		save(REGIONS_KEY, new StoredRegions(regions.value()), regions);
	}

	@Override
	public void savePackages(String regionCode, Cached<DancityPackages> packages) {
		save(PACKAGES_PREFIX + regionCode, packages.value(), packages);
	}

	@Override
	public void deletePackages(String regionCode) {
		try {
			this.jdbc.sql("DELETE FROM catalog_snapshot WHERE cache_key = ?")
				.param(PACKAGES_PREFIX + regionCode)
				.update();
		}
		catch (DataAccessException ex) {
			logger.warn("Could not delete the catalog snapshot of region '{}': {}", regionCode, ex.getMessage());
		}
	}

	private void save(String key, Object payload, Cached<?> cached) {
		try {
			// A slower instance must not overwrite a newer snapshot another one stored.
			this.jdbc
				.sql("INSERT INTO catalog_snapshot (cache_key, payload, fetched_at) VALUES (?, ?::jsonb, ?)"
						+ " ON CONFLICT (cache_key) DO UPDATE SET payload = EXCLUDED.payload,"
						+ " fetched_at = EXCLUDED.fetched_at WHERE catalog_snapshot.fetched_at < EXCLUDED.fetched_at")
				.params(key, this.json.writeValueAsString(payload), Timestamp.from(cached.fetchedAt()))
				.update();
		}
		catch (DataAccessException | JacksonException ex) {
			logger.warn("Could not store the catalog snapshot '{}': {}", key, ex.getMessage());
		}
	}

	private @Nullable Row find(String key) {
		try {
			return this.jdbc
				.sql("SELECT cache_key, payload::text AS payload, fetched_at FROM catalog_snapshot WHERE cache_key = ?")
				.param(key)
				.query(JdbcCatalogSnapshots::row)
				.optional()
				.orElse(null);
		}
		catch (DataAccessException ex) {
			logger.warn("Could not read the catalog snapshot '{}': {}", key, ex.getMessage());
			return null;
		}
	}

	private <T> @Nullable T read(Row row, Class<T> type) {
		try {
			return this.json.readValue(row.payload(), type);
		}
		catch (JacksonException ex) {
			logger.warn("Ignoring the catalog snapshot '{}', which cannot be read: {}", row.key(), ex.getMessage());
			return null;
		}
	}

	private static Row row(ResultSet resultSet, int rowNumber) throws SQLException {
		return new Row(resultSet.getString("cache_key"), resultSet.getString("payload"),
				resultSet.getTimestamp("fetched_at"));
	}

	/**
	 * One stored snapshot, still in JSON.
	 *
	 * @param key what it is a snapshot of
	 * @param payload the JSON
	 * @param fetchedAt when Dancity was asked
	 */
	private record Row(String key, String payload, Timestamp fetchedAt) {
	}

	/**
	 * The stored form of the region list.
	 *
	 * @param regions the regions
	 */
	record StoredRegions(List<DancityRegion> regions) {
	}

}
