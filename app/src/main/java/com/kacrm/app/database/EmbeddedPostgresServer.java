package com.kacrm.app.database;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
 * root, where the server sees itself as an ordinary user; no one has to switch users.
 *
 * <p>
 * Nobody else on the machine may use the server: the superuser gets a generated password,
 * kept beside the data directory ({@code <data-dir>.password}, readable by the owner
 * only), and {@code pg_hba.conf} demands it for every connection, the local socket
 * included (zonky's default is password-less "trust", which would let any local user run
 * programs as the application's user through {@code COPY ... TO PROGRAM}). The binaries
 * are unpacked beside the data directory rather than in the shared {@code /tmp}.
 *
 * <p>
 * A JVM killed with SIGKILL leaves its server running and {@code postmaster.pid} behind;
 * the next start stops that orphan first, since it serves the same data directory and
 * nobody else can use it.
 */
public final class EmbeddedPostgresServer implements Closeable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

	private static final String SUPERUSER = "postgres";

	private static final String PASSWORD_ONLY_HBA = """
			# Written by the CRM at every start: a password (SCRAM) for every connection.
			local   all   all                  scram-sha-256
			host    all   all   127.0.0.1/32   scram-sha-256
			host    all   all   ::1/128        scram-sha-256
			""";

	private final EmbeddedPostgres postgres;

	private final String database;

	private final String password;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, String database, String password) {
		this.postgres = postgres;
		this.database = database;
		this.password = password;
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
			boolean clusterExists = Files.exists(directory.resolve("PG_VERSION"));
			SuperuserPassword password = SuperuserPassword.beside(directory);
			// A cluster made before passwords were required gets one once it runs; until
			// then, leave it as it was.
			boolean passwordInForce = !clusterExists || password.isStored();
			if (!clusterExists) {
				password.store();
			}
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(false)
				.setOverrideWorkingDirectory(privateBinariesFolder(directory).toFile())
				.setRegisterShutdownHook(false)
				.setPort((port > 0) ? port : freePort())
				.setPGStartupWait(Duration.ofSeconds(60))
				.setLocaleConfig("pwfile", password.file().toString())
				.setDataDirectoryCustomizer((cluster) -> {
					if (passwordInForce) {
						requirePasswords(cluster.toPath());
					}
				})
				.setConnectConfig("password", password.value())
				.setServerConfig("listen_addresses", "localhost")
				// zonky starts PostgreSQL with -F (no fsync) and without synchronous
				// commit, for test speed; a CRM must not lose a committed record.
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				// Planner settings for a CRM's short queries on local disks and a warm
				// cache (docs/performance.md): random reads cost little more than
				// sequential ones, most of the data is cached, and compiling a query
				// (JIT) costs more than the report queries it would speed up.
				.setServerConfig("random_page_cost", "1.1")
				.setServerConfig("effective_cache_size", "4GB")
				.setServerConfig("jit", "off")
				.start();
			EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, database, password.value());
			try {
				if (!passwordInForce) {
					server.introducePassword(directory, password);
				}
				server.createDatabaseIfMissing();
			}
			catch (RuntimeException | IOException ex) {
				server.close();
				throw ex;
			}
			log.info("Embedded PostgreSQL listening on localhost:{} with data in {}", postgres.getPort(), directory);
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, ex);
		}
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + this.postgres.getPort() + "/" + this.database;
	}

	public String username() {
		return SUPERUSER;
	}

	public String password() {
		return this.password;
	}

	@Override
	public void close() throws IOException {
		log.info("Stopping the embedded PostgreSQL on port {}", this.postgres.getPort());
		this.postgres.close();
	}

	private void createDatabaseIfMissing() {
		try (Connection connection = connectAsSuperuser();
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
	 * Gives a cluster created without a password its password, then demands it from every
	 * connection.
	 */
	private void introducePassword(Path directory, SuperuserPassword password) throws IOException {
		try (Connection connection = connectAsSuperuser(); Statement statement = connection.createStatement()) {
			// The password is generated from [A-Za-z0-9] only; ALTER ROLE cannot take a
			// bound parameter.
			statement.execute("alter role " + SUPERUSER + " password '" + password.value() + "'");
			password.store();
			requirePasswords(directory);
			statement.execute("select pg_reload_conf()");
			log.info("The embedded PostgreSQL in {} now requires a password", directory);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not set the embedded PostgreSQL's password", ex);
		}
	}

	private Connection connectAsSuperuser() throws SQLException {
		return this.postgres.getPostgresDatabase(Map.of("password", this.password)).getConnection();
	}

	/**
	 * Where zonky unpacks the server binaries that this process then runs. zonky makes
	 * that folder writable for everyone (so several users can share one in /tmp); we put
	 * it inside a folder only the owner can enter, so nobody else can swap the binaries.
	 */
	private static Path privateBinariesFolder(Path dataDir) throws IOException {
		Path owner = dataDir.resolveSibling(dataDir.getFileName() + "-binaries");
		Files.createDirectories(owner);
		Files.setPosixFilePermissions(owner, PosixFilePermissions.fromString("rwx------"));
		return owner.resolve("unpacked");
	}

	private static void requirePasswords(Path cluster) {
		try {
			Files.writeString(cluster.resolve("pg_hba.conf"), PASSWORD_ONLY_HBA, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write pg_hba.conf in " + cluster, ex);
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
					.filter((process) -> isPostmasterOf(process, dataDir));
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

	private static boolean isPostmasterOf(ProcessHandle process, Path dataDir) {
		String commandLine = process.info().commandLine().orElse("");
		return commandLine.contains("postgres") && commandLine.contains(" -D " + dataDir + " ");
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
