package com.kacrm.app.faults;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.kacrm.app.CrmApplication;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A {@code kill -9} of the application in the middle of a lead sheet import leaves all
 * rows or none: the app runs as a child JVM on a PostgreSQL server of the test's own
 * ({@link ScratchPostgres}), imports a sheet of many rows in ALL_OR_NOTHING mode through
 * the API, and is killed with SIGKILL once its import transaction has begun writing (seen
 * in {@code pg_stat_activity}: the backend holds a transaction id) — or a moment later.
 * Then its database connections must go away (PostgreSQL rolls their transactions back)
 * and the database holds every row of the sheet, each with its history entry, or none.
 */
class KillDuringImportIntegrationTests {

	private static final String APPLICATION_NAME = "kacrm-kill9";

	private static final int ROWS = 3000;

	/** How long after the import's first write each run kills the app (ms). */
	private static final long[] KILL_DELAYS = { 0, 400 };

	@Test
	void aKilledImportLeavesAllRowsOrNone() throws Exception {
		assumeTrue(ScratchPostgres.serverBinaries().isPresent(), "Debian's PostgreSQL server is not installed");
		ScratchPostgres postgres = FaultTestDatabase.prepared();
		int runs = 0;
		int allOrNone = 0;
		int partial = 0;
		int killedMidWrite = 0;
		for (long delay : KILL_DELAYS) {
			String prefix = "K9" + Long.toString(System.nanoTime(), 36);
			Outcome outcome = killDuringImport(postgres, prefix, delay);
			runs++;
			killedMidWrite += outcome.killedMidWrite() ? 1 : 0;
			if (outcome.leads() == 0 || (outcome.leads() == ROWS && outcome.withoutHistory() == 0)) {
				allOrNone++;
			}
			else {
				partial++;
			}
		}
		System.out.printf("[security-figures] kill-9: runs=%d, all-or-none=%d, partial=%d, killed-mid-write=%d%n", runs,
				allOrNone, partial, killedMidWrite);
		assertThat(partial).isZero();
		assertThat(killedMidWrite).as("runs killed while the import was writing").isPositive();
	}

	private Outcome killDuringImport(ScratchPostgres postgres, String prefix, long delayMillis) throws Exception {
		int port = freePort();
		Path log = Files.createTempFile("kacrm-kill9-", ".log");
		List<String> command = new ArrayList<>(List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
				"-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), CrmApplication.class.getName(),
				"--spring.datasource.url=" + postgres.jdbcUrl(FaultTestDatabase.DATABASE),
				"--spring.datasource.username=" + ScratchPostgres.SUPERUSER,
				"--spring.datasource.password=" + postgres.password(),
				"--spring.datasource.hikari.data-source-properties.ApplicationName=" + APPLICATION_NAME,
				"--server.port=" + port, "--crm.demo.enabled=false", "--spring.main.banner-mode=off"));
		Process app = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		try {
			awaitHealthy(app, port, log);
			HttpClient client = HttpClient.newHttpClient();
			String boundary = "----kacrm" + prefix;
			CompletableFuture<HttpResponse<String>> upload = client
				.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/leads/import"))
					.header("Content-Type", "multipart/form-data; boundary=" + boundary)
					.header("Authorization",
							"Basic " + Base64.getEncoder()
								.encodeToString("rep.zhang:demo1234".getBytes(StandardCharsets.UTF_8)))
					.timeout(Duration.ofSeconds(120))
					.POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, sheet(prefix))))
					.build(), HttpResponse.BodyHandlers.ofString());
			boolean midWrite = awaitWritingTransaction(postgres, upload);
			Thread.sleep(delayMillis);
			boolean stillWriting = midWrite && writingTransactions(postgres) > 0;
			app.destroyForcibly();
			assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
			awaitConnectionsGone(postgres);
			try (Connection connection = postgres.connect(FaultTestDatabase.DATABASE);
					Statement statement = connection.createStatement()) {
				int leads = count(statement, "select count(*) from lead where name like '" + prefix + "%'");
				int withoutHistory = count(statement,
						"select count(*) from lead l where l.name like '" + prefix
								+ "%' and not exists (select 1 from history_entry h where h.subject_type = 'LEAD'"
								+ " and h.subject_id = l.id)");
				return new Outcome(leads, withoutHistory, stillWriting || (midWrite && leads == 0));
			}
		}
		finally {
			app.destroyForcibly();
			app.waitFor(30, TimeUnit.SECONDS);
			Files.deleteIfExists(log);
		}
	}

	/**
	 * Waits until a backend of the app holds a transaction id (it has written in its
	 * transaction), or the upload answered.
	 */
	private static boolean awaitWritingTransaction(ScratchPostgres postgres,
			CompletableFuture<HttpResponse<String>> upload) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (System.nanoTime() < deadline && !upload.isDone()) {
			if (writingTransactions(postgres) > 0) {
				return true;
			}
			Thread.sleep(5);
		}
		return false;
	}

	private static int writingTransactions(ScratchPostgres postgres) throws Exception {
		try (Connection connection = postgres.connect("postgres"); Statement statement = connection.createStatement()) {
			return count(statement, "select count(*) from pg_stat_activity where application_name = '"
					+ APPLICATION_NAME + "' and backend_xid is not null");
		}
	}

	private static void awaitConnectionsGone(ScratchPostgres postgres) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		try (Connection connection = postgres.connect("postgres"); Statement statement = connection.createStatement()) {
			while (count(statement,
					"select count(*) from pg_stat_activity where application_name = '" + APPLICATION_NAME + "'") > 0) {
				assertThat(System.nanoTime()).as("the killed app's connections are gone").isLessThan(deadline);
				Thread.sleep(50);
			}
		}
	}

	private static void awaitHealthy(Process app, int port, Path log) throws Exception {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
		while (System.nanoTime() < deadline) {
			if (!app.isAlive()) {
				throw new IllegalStateException("The app exited:\n" + Files.readString(log));
			}
			try {
				HttpResponse<String> health = client.send(
						HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException("The app did not start:\n" + Files.readString(log));
	}

	private static byte[] sheet(String prefix) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "test", "1.0");
		Worksheet sheet = workbook.newWorksheet("Sheet1");
		sheet.value(0, 0, "客户名称");
		sheet.value(0, 1, "所属区域");
		sheet.value(0, 2, "客户分类");
		for (int row = 1; row <= ROWS; row++) {
			sheet.value(row, 0, prefix + " 导入客户 " + row);
			sheet.value(row, 1, "SZ");
			sheet.value(row, 2, (row % 2 == 0) ? "A" : "B");
		}
		workbook.finish();
		return out.toByteArray();
	}

	private static byte[] multipart(String boundary, byte[] file) throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"leads.xlsx\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(file);
		body.write(
				("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"mode\"\r\n\r\nALL_OR_NOTHING\r\n--"
						+ boundary + "--\r\n")
					.getBytes(StandardCharsets.UTF_8));
		return body.toByteArray();
	}

	private static int count(Statement statement, String sql) throws Exception {
		try (ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getInt(1);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private record Outcome(int leads, int withoutHistory, boolean killedMidWrite) {

	}

}
