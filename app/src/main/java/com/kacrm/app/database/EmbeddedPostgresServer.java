package com.kacrm.app.database;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server shipped as a Maven artifact (zonky's binaries), with its data
 * in a folder of ours that survives restarts.
 *
 * <p>
 * PostgreSQL refuses to run as root. The zonky launcher runs {@code initdb} and
 * {@code pg_ctl} inside a new user namespace ({@code unshare -U}) when the JVM runs as
 * root, where the server sees itself as an ordinary user; no one has to switch users. A
 * JVM killed with SIGKILL leaves its server running and {@code postmaster.pid} behind;
 * the next start stops that orphan first, since it serves the same data directory and
 * nobody else can use it.
 */
public final class EmbeddedPostgresServer implements Closeable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

	private final EmbeddedPostgres postgres;

	private final String database;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, String database) {
		this.postgres = postgres;
		this.database = database;
	}

	/**
	 * Starts the server on {@code dataDir}, creating the cluster and the database on
	 * first use.
	 */
	public static EmbeddedPostgresServer start(Path dataDir, int port, String database) {
		if (!DATABASE_NAME.matcher(database).matches()) {
			throw new IllegalArgumentException("Not a plain database name: " + database);
		}
		try {
			Path directory = dataDir.toAbsolutePath().normalize();
			Files.createDirectories(directory);
			stopOrphanedServer(directory);
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(false)
				.setPort((port > 0) ? port : freePort())
				.setPGStartupWait(Duration.ofSeconds(60))
				.setServerConfig("listen_addresses", "localhost")
				// zonky starts PostgreSQL with -F (no fsync) and without synchronous
				// commit, for test speed;
				// a CRM must not lose a committed record in a crash.
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.start();
			EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, database);
			server.createDatabaseIfMissing();
			log.info("Embedded PostgreSQL listening on localhost:{} with data in {}", postgres.getPort(), directory);
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, ex);
		}
	}

	public String jdbcUrl() {
		return this.postgres.getJdbcUrl("postgres", this.database);
	}

	public String username() {
		return "postgres";
	}

	public int port() {
		return this.postgres.getPort();
	}

	@Override
	public void close() throws IOException {
		log.info("Stopping the embedded PostgreSQL on port {}", this.postgres.getPort());
		this.postgres.close();
	}

	private void createDatabaseIfMissing() {
		try (Connection connection = this.postgres.getPostgresDatabase().getConnection();
				PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			exists.setString(1, this.database);
			try (ResultSet result = exists.executeQuery()) {
				if (result.next()) {
					return;
				}
			}
			try (Statement create = connection.createStatement()) {
				// The name is checked against DATABASE_NAME above; identifiers cannot be
				// bound as parameters.
				create.execute("create database " + this.database + " encoding 'UTF8'");
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create database " + this.database, ex);
		}
	}

	/**
	 * Stops a server left running on this data directory by a process that was killed.
	 * Its PID is the first line of {@code postmaster.pid}; a PID that is no longer a
	 * postgres process is left alone.
	 */
	static void stopOrphanedServer(Path dataDir) throws IOException {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
		Optional<ProcessHandle> orphan = lines.isEmpty() ? Optional.empty()
				: parsePid(lines.get(0)).flatMap(ProcessHandle::of)
					.filter(ProcessHandle::isAlive)
					.filter((process) -> process.info().command().map((c) -> c.contains("postgres")).orElse(false));
		if (orphan.isEmpty()) {
			return;
		}
		ProcessHandle process = orphan.get();
		log.warn("Stopping PostgreSQL process {} left running on {} by an earlier run", process.pid(), dataDir);
		process.destroy();
		try {
			process.onExit().get(30, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			process.destroyForcibly();
		}
	}

	private static Optional<Long> parsePid(String line) {
		try {
			return Optional.of(Long.parseLong(line.strip()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
