package com.kacrm.persistence.test;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one real PostgreSQL of a test run (one per test JVM): Testcontainers' PostgreSQL
 * where a Docker engine runs, the embedded PostgreSQL otherwise.
 * {@code -Dcrm.test.database=embedded|testcontainers} forces one. Started on first use,
 * stopped when the JVM exits.
 */
public final class TestDatabase {

	private static final Logger logger = LoggerFactory.getLogger(TestDatabase.class);

	private static final String IMAGE = "postgres:17-alpine";

	private static Connection connection;

	private TestDatabase() {
	}

	/** How tests reach the database. */
	public record Connection(String jdbcUrl, String username, String password, String kind) {
	}

	public static synchronized Connection connection() {
		if (connection == null) {
			connection = useTestcontainers() ? startContainer() : startEmbedded();
			logger.info("Test database: {} at {}", connection.kind(), connection.jdbcUrl());
		}
		return connection;
	}

	private static boolean useTestcontainers() {
		String forced = System.getProperty("crm.test.database", "");
		if (!forced.isBlank()) {
			return "testcontainers".equals(forced);
		}
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	@SuppressWarnings("resource") // stopped by Testcontainers' reaper or the shutdown
									// hook below
	private static Connection startContainer() {
		PostgreSQLContainer container = new PostgreSQLContainer(IMAGE).withDatabaseName("crm");
		container.start();
		Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "test-postgres-stop"));
		return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
				"testcontainers " + IMAGE);
	}

	private static Connection startEmbedded() {
		try {
			// EmbeddedPostgres registers its own shutdown hook and deletes its data
			// directory on close.
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
			return new Connection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "", "embedded PostgreSQL");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL for tests", ex);
		}
	}

}
