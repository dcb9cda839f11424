package com.kacrm.app.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of the test's own, which the test may stop (also the hard way) and
 * start again without touching the run's shared test database: Debian's server binaries
 * ({@code /usr/lib/postgresql/<version>/bin}, installed by {@code .ci/run}), a fresh
 * cluster in a temporary folder, listening on localhost only with a generated password.
 *
 * <p>
 * PostgreSQL refuses to run as root, so as root the server programs run as the
 * {@code postgres} user the Debian package creates ({@code runuser}); the client programs
 * (pg_dump, psql) need no such thing. Stopping in immediate mode kills the server's
 * processes as a crash would; the machine does not crash, so fsync is off.
 */
final class ScratchPostgres implements AutoCloseable {

	static final String SUPERUSER = "postgres";

	private final Path bin;

	private final Path directory;

	private final Path data;

	private final int port;

	private final String password;

	private ScratchPostgres(Path bin, Path directory, int port, String password) {
		this.bin = bin;
		this.directory = directory;
		this.data = directory.resolve("data");
		this.port = port;
		this.password = password;
	}

	/**
	 * The newest Debian PostgreSQL server installed, or empty (then the tests that need
	 * one are skipped; CI installs it).
	 */
	static Optional<Path> serverBinaries() {
		Path root = Path.of("/usr/lib/postgresql");
		if (!Files.isDirectory(root)) {
			return Optional.empty();
		}
		try (Stream<Path> versions = Files.list(root)) {
			return versions.filter((version) -> version.getFileName().toString().matches("\\d+"))
				.sorted(Comparator.comparingInt((Path version) -> Integer.parseInt(version.getFileName().toString()))
					.reversed())
				.map((version) -> version.resolve("bin"))
				.filter((bin) -> Files.isExecutable(bin.resolve("initdb"))
						&& Files.isExecutable(bin.resolve("pg_dump")))
				.findFirst();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Creates a cluster in a new temporary folder and starts it. */
	static ScratchPostgres start(String name) throws IOException, InterruptedException {
		Path bin = serverBinaries().orElseThrow(() -> new IllegalStateException("No PostgreSQL server installed"));
		Path directory = Files.createTempDirectory("kacrm-" + name + "-");
		byte[] secret = new byte[16];
		new SecureRandom().nextBytes(secret);
		ScratchPostgres server = new ScratchPostgres(bin, directory, freePort(), HexFormat.of().formatHex(secret));
		server.initialise();
		server.startServer();
		return server;
	}

	String jdbcUrl(String database) {
		return "jdbc:postgresql://localhost:" + this.port + "/" + database;
	}

	int port() {
		return this.port;
	}

	String password() {
		return this.password;
	}

	Path bin() {
		return this.bin;
	}

	/** libpq's variables for the client programs (pg_dump, psql) and the scripts. */
	Map<String, String> clientEnvironment() {
		return Map.of("PGHOST", "localhost", "PGPORT", String.valueOf(this.port), "PGUSER", SUPERUSER, "PGPASSWORD",
				this.password, "PG_BIN", this.bin.toString());
	}

	Connection connect(String database) throws SQLException {
		return DriverManager.getConnection(jdbcUrl(database), SUPERUSER, this.password);
	}

	void createDatabase(String database) throws SQLException {
		try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
			statement.execute("create database " + database + " encoding 'UTF8'");
		}
	}

	/**
	 * Stops the server in {@code immediate} mode — every backend killed at once without a
	 * checkpoint, as a crash or a power cut would — or {@code fast} mode.
	 */
	void stop(String mode) throws IOException, InterruptedException {
		serverCommand(List.of(this.bin.resolve("pg_ctl").toString(), "-D", this.data.toString(), "-m", mode, "-w", "-t",
				"30", "stop"));
	}

	/** Starts the stopped server again on the same port and data. */
	void startServer() throws IOException, InterruptedException {
		serverCommand(List.of(this.bin.resolve("pg_ctl").toString(), "-D", this.data.toString(), "-w", "-t", "60", "-l",
				this.directory.resolve("server.log").toString(), "-o",
				"-p " + this.port + " -k " + this.directory + " -c listen_addresses=localhost"
				// Commits still write their WAL before they answer
				// (synchronous_commit stays on), so a crash of the server
				// processes loses nothing; only the flush to the disk is
				// skipped, which a test cluster does not need and which
				// makes loading the demo data slow.
						+ " -c fsync=off -c full_page_writes=off",
				"start"));
	}

	@Override
	public void close() throws IOException, InterruptedException {
		try {
			if (Files.exists(this.data.resolve("postmaster.pid"))) {
				stop("immediate");
			}
		}
		finally {
			try (Stream<Path> files = Files.walk(this.directory)) {
				for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(file);
				}
			}
		}
	}

	private void initialise() throws IOException, InterruptedException {
		Path passwordFile = this.directory.resolve("password");
		Files.writeString(passwordFile, this.password + "\n", StandardCharsets.UTF_8);
		if (isRoot()) {
			run(List.of("chown", "-R", SUPERUSER, this.directory.toString()));
		}
		serverCommand(List.of(this.bin.resolve("initdb").toString(), "-D", this.data.toString(), "-U", SUPERUSER,
				"--pwfile", passwordFile.toString(), "-A", "scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8"));
		Files.delete(passwordFile);
	}

	/** A server program, as the {@code postgres} user when we are root. */
	private void serverCommand(List<String> command) throws IOException, InterruptedException {
		List<String> full = new ArrayList<>();
		if (isRoot()) {
			full.addAll(List.of("runuser", "-u", SUPERUSER, "--"));
		}
		full.addAll(command);
		run(full);
	}

	private void run(List<String> command) throws IOException, InterruptedException {
		Path output = this.directory.resolve("command.log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()))
			.start();
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException("Timed out: " + command);
		}
		if (process.exitValue() != 0) {
			throw new IllegalStateException("Failed (" + process.exitValue() + "): " + command + "\n"
					+ Files.readString(output, StandardCharsets.UTF_8));
		}
	}

	private static boolean isRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
