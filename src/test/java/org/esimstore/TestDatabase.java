package org.esimstore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A real PostgreSQL for tests and the sandbox: Testcontainers where Docker runs, else the
 * server named by {@code TEST_DATABASE_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/test}), else embedded PostgreSQL.
 *
 * @param url JDBC URL of a database that belongs to this run
 * @param username user name
 * @param password password
 * @param source where the server came from, for the log
 */
public record TestDatabase(String url, String username, String password, String source) {

	private static final Logger logger = LoggerFactory.getLogger(TestDatabase.class);

	private static final String POSTGRES_IMAGE = "postgres:17.6-alpine";

	private static final String DEFAULT_SERVER_URL = "jdbc:postgresql://127.0.0.1:5432/test";

	private static volatile TestDatabase forTests;

	/**
	 * A fresh, empty database for this JVM's tests, dropped when the JVM exits.
	 * @return the database
	 */
	public static synchronized TestDatabase forTests() {
		if (forTests == null) {
			forTests = start("esim_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12), true, true);
			logger.info("Tests use PostgreSQL from {} at {}", forTests.source(), forTests.url());
		}
		return forTests;
	}

	/**
	 * The sandbox's database: kept between runs on a local server, a throwaway embedded
	 * one otherwise.
	 * @return the database
	 */
	public static TestDatabase forSandbox() {
		return start("esim_sandbox", false, false);
	}

	private static TestDatabase start(String databaseName, boolean dropOnExit, boolean preferDocker) {
		if (preferDocker && dockerAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer(POSTGRES_IMAGE);
			container.start();
			return new TestDatabase(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
					"Testcontainers (" + POSTGRES_IMAGE + ")");
		}
		String serverUrl = env("TEST_DATABASE_URL", DEFAULT_SERVER_URL);
		String username = env("TEST_DATABASE_USERNAME", "postgres");
		String password = env("TEST_DATABASE_PASSWORD", "");
		TestDatabase onServer = createOnServer(serverUrl, username, password, databaseName, dropOnExit);
		return (onServer != null) ? onServer : embedded();
	}

	private static boolean dockerAvailable() {
		if (System.getenv("DOCKER_HOST") == null && !Files.exists(Path.of("/var/run/docker.sock"))) {
			return false;
		}
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static TestDatabase createOnServer(String serverUrl, String username, String password, String databaseName,
			boolean dropOnExit) {
		try (Connection connection = DriverManager.getConnection(serverUrl, username, password);
				Statement statement = connection.createStatement()) {
			if (!exists(statement, databaseName)) {
				statement.execute("CREATE DATABASE " + databaseName);
			}
			if (dropOnExit) {
				Runtime.getRuntime()
					.addShutdownHook(new Thread(() -> drop(serverUrl, username, password, databaseName)));
			}
			String url = serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1) + databaseName;
			return new TestDatabase(url, username, password, "the server at " + serverUrl);
		}
		catch (SQLException ex) {
			logger.info("No PostgreSQL server at {} ({}); starting an embedded one", serverUrl, ex.getMessage());
			return null;
		}
	}

	private static boolean exists(Statement statement, String databaseName) throws SQLException {
		try (ResultSet result = statement
			.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + databaseName + "'")) {
			return result.next();
		}
	}

	private static void drop(String serverUrl, String username, String password, String databaseName) {
		try (Connection connection = DriverManager.getConnection(serverUrl, username, password);
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + databaseName + " WITH (FORCE)");
		}
		catch (SQLException ex) {
			logger.warn("Could not drop test database '{}': {}", databaseName, ex.getMessage());
		}
	}

	private static TestDatabase embedded() {
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException ex) {
					logger.warn("Could not stop embedded PostgreSQL: {}", ex.getMessage());
				}
			}));
			return new TestDatabase(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres",
					"embedded PostgreSQL");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start embedded PostgreSQL", ex);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value.strip();
	}

	@Override
	public String toString() {
		return "TestDatabase[" + this.url + " from " + this.source.toLowerCase(Locale.ROOT) + "]";
	}

}
