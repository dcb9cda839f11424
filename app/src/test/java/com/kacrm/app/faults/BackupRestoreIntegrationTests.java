package com.kacrm.app.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The backup scripts of {@code ops/} work: a database migrated by Flyway and filled with
 * the demo data is dumped ({@code ops/backup.sh}, pg_dump custom format), restored into a
 * scratch database and compared table by table, row counts and checksums
 * ({@code ops/restore-check.sh}) without a difference; and a restore that does not match
 * (here: the source changed by one row after the dump) is reported and fails the check.
 *
 * <p>
 * Runs against a PostgreSQL server of its own ({@link FaultTestDatabase}) of the same
 * version as the client programs (Debian's), since pg_dump refuses a newer server such as
 * the embedded PostgreSQL 17 of the other tests.
 */
class BackupRestoreIntegrationTests {

	private static final Pattern CHECK = Pattern
		.compile("restore-check: tables=(\\d+) rows=(\\d+) mismatches=(\\d+) restore-seconds=([0-9.]+)");

	private static final Pattern DUMP = Pattern.compile("dump-seconds=([0-9.]+)");

	@Test
	void aDumpRestoresWithEveryTableEqualAndADifferenceIsCaught() throws Exception {
		assumeTrue(ScratchPostgres.serverBinaries().isPresent(), "Debian's PostgreSQL server is not installed");
		Path ops = opsFolder();
		Path work = Files.createTempDirectory("kacrm-backup-");
		Path dump = work.resolve("crm.dump");
		ScratchPostgres postgres = FaultTestDatabase.prepared();
		String database = FaultTestDatabase.DATABASE;
		try {
			Result backup = run(postgres, ops.resolve("backup.sh").toString(), database, dump.toString());
			assertThat(backup.exitCode()).as(backup.output()).isZero();
			Matcher dumped = DUMP.matcher(backup.output());
			assertThat(dumped.find()).as(backup.output()).isTrue();

			Result check = run(postgres, ops.resolve("restore-check.sh").toString(), dump.toString(), database);
			assertThat(check.exitCode()).as(check.output()).isZero();
			Matcher figures = CHECK.matcher(check.output());
			assertThat(figures.find()).as(check.output()).isTrue();
			int tables = Integer.parseInt(figures.group(1));
			long rows = Long.parseLong(figures.group(2));
			int mismatches = Integer.parseInt(figures.group(3));
			assertThat(tables).as("tables compared").isGreaterThan(20);
			assertThat(rows).as("rows compared").isGreaterThan(100);
			assertThat(mismatches).isZero();

			// A restore that differs from its source by one changed value must fail the
			// check (the source changes here, which the comparison cannot tell apart).
			execute(postgres, "update flyway_schema_history set description = description || ' (changed)'"
					+ " where installed_rank = 1");
			Result differs;
			try {
				differs = run(postgres, ops.resolve("restore-check.sh").toString(), dump.toString(), database);
			}
			finally {
				execute(postgres,
						"update flyway_schema_history set description = replace(description, ' (changed)', '')"
								+ " where installed_rank = 1");
			}
			assertThat(differs.exitCode()).as(differs.output()).isEqualTo(1);
			assertThat(differs.output()).contains("MISMATCH public.flyway_schema_history").contains("mismatches=1");

			System.out.printf(
					"[security-figures] backup: tables=%d, rows=%d, mismatches=%d, dump-seconds=%s, restore-seconds=%s,"
							+ " changed-row-detected=%s%n",
					tables, rows, mismatches, dumped.group(1), figures.group(4), differs.exitCode() == 1);
		}
		finally {
			Files.deleteIfExists(dump);
			Files.deleteIfExists(work);
		}
	}

	private static void execute(ScratchPostgres postgres, String sql) throws Exception {
		try (Connection connection = postgres.connect(FaultTestDatabase.DATABASE);
				Statement statement = connection.createStatement()) {
			statement.executeUpdate(sql);
		}
	}

	/**
	 * The repository's {@code ops/} folder, found from the module's directory upwards.
	 */
	private static Path opsFolder() {
		for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
			if (Files.isRegularFile(folder.resolve("ops/restore-check.sh"))) {
				return folder.resolve("ops");
			}
		}
		throw new IllegalStateException("No ops/restore-check.sh above " + Path.of("").toAbsolutePath());
	}

	private static Result run(ScratchPostgres postgres, String... command) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(List.of(command)).redirectErrorStream(true);
		Map<String, String> environment = builder.environment();
		environment.putAll(postgres.clientEnvironment());
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		return new Result(process.exitValue(), output);
	}

	private record Result(int exitCode, String output) {

	}

}
