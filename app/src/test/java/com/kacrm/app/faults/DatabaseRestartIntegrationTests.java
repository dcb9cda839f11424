package com.kacrm.app.faults;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.kacrm.app.test.BrowserlessSession;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The application survives a PostgreSQL restart under load: an app node of its own on a
 * PostgreSQL server of its own ({@link ScratchPostgres}; the run's shared database is not
 * touched), a few threads reading screens and the API and registering leads (a lead and
 * its history entry in one transaction), then the server is stopped in immediate mode (a
 * crash: backends killed, no checkpoint) and started again. During the outage every
 * request must fail fast with the 503 page or a problem 503, never a 500 and never a
 * hang; the first requests after the restart succeed; and no lead exists without its
 * history entry, nor did a lead answered 201 get lost.
 */
class DatabaseRestartIntegrationTests {

	private static final Duration FAST = Duration.ofMillis(4500);

	/**
	 * HikariCP's reconnection backoff limit (5 s), a request's connection timeout (2 s)
	 * and room for a slow, busy build machine.
	 */
	private static final double MAX_RECOVERY_SECONDS = 10;

	private static final Pattern LEAD_ID = Pattern.compile("\"id\":(\\d+)");

	@Test
	void duringARestartRequestsFailFastWith503AndAfterItTheyWorkWithNoPartialWrites() throws Exception {
		assumeTrue(ScratchPostgres.serverBinaries().isPresent(), "Debian's PostgreSQL server is not installed");
		ScratchPostgres postgres = FaultTestDatabase.prepared();
		try (ConfigurableApplicationContext app = FaultTestDatabase.application(postgres, false)) {
			int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
			underLoad(postgres, port);
		}
	}

	private void underLoad(ScratchPostgres postgres, int port) throws Exception {
		String base = "http://localhost:" + port;
		BrowserlessSession screens = new BrowserlessSession(port);
		assertThat(screens.logIn("rep.zhang", "demo1234").statusCode()).isEqualTo(302);
		HttpClient api = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		String basic = "Basic "
				+ Base64.getEncoder().encodeToString("rep.zhang:demo1234".getBytes(StandardCharsets.UTF_8));
		String prefix = "DBR" + Long.toString(System.nanoTime(), 36);

		List<Call> calls = Collections.synchronizedList(new ArrayList<>());
		Set<Long> created = ConcurrentHashMap.newKeySet();
		AtomicBoolean running = new AtomicBoolean(true);
		AtomicInteger sequence = new AtomicInteger();
		ExecutorService load = Executors.newFixedThreadPool(4);
		load.submit(loop(running, calls, "screen", () -> {
			HttpResponse<String> response = screens.get("/leads");
			return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body(), response.headers().firstValue("Retry-After").isPresent());
		}));
		load.submit(loop(running, calls, "api-get",
				() -> send(api,
						HttpRequest.newBuilder(URI.create(base + "/api/v1/leads?size=5"))
							.header("Authorization", basic)
							.GET())));
		for (int writer = 0; writer < 2; writer++) {
			load.submit(loop(running, calls, "api-post", () -> {
				String body = """
						{"customerName":"%s-%d 有限公司","regionCode":"SZ","industry":"AEROSPACE","industryRank":3,
						 "annualRevenue":88000,"customerClass":"B","classReason":"restart test",
						 "source":"INTERNET_SEARCH","duplicatesConfirmed":true}""".formatted(prefix,
						sequence.incrementAndGet());
				Answer answer = send(api,
						HttpRequest.newBuilder(URI.create(base + "/api/v1/leads"))
							.header("Authorization", basic)
							.header("Content-Type", "application/json")
							.POST(HttpRequest.BodyPublishers.ofString(body)));
				if (answer.status() == 201) {
					Matcher id = LEAD_ID.matcher(answer.body());
					assertThat(id.find()).isTrue();
					created.add(Long.parseLong(id.group(1)));
				}
				return answer;
			}));
		}

		Thread.sleep(1500);
		postgres.stop("immediate");
		long stopped = System.nanoTime();
		Thread.sleep(1000);
		HttpResponse<String> health = api.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
				HttpResponse.BodyHandlers.ofString());
		Thread.sleep(3000);
		long upStarting = System.nanoTime();
		postgres.startServer();
		long up = System.nanoTime();
		Thread.sleep(12000);
		running.set(false);
		load.shutdown();
		assertThat(load.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

		assertThat(health.statusCode()).as("health during the outage").isEqualTo(503);
		assertThat(health.body()).contains("DOWN");

		List<Call> all = List.copyOf(calls);
		// The outage begins when the stop has returned: a request begun while the server
		// was still shutting down may have been answered by it.
		List<Call> during = all.stream().filter((call) -> call.start() > stopped && call.end() < upStarting).toList();
		assertThat(all).noneMatch((call) -> call.status() >= 500 && call.status() != 503);
		// A request caught mid-answer by the crash may be cut off (its session is saved
		// as
		// the page streams out); one that starts once the server is gone gets a whole
		// 503.
		assertThat(all).noneMatch((call) -> call.status() < 0 && call.start() > stopped);
		long cutOff = all.stream().filter((call) -> call.status() < 0).count();
		assertThat(during).isNotEmpty();
		for (Call call : during) {
			assertThat(call.status()).as(call.kind() + " during the outage").isEqualTo(503);
			assertThat(Duration.ofNanos(call.end() - call.start())).as(call.kind() + " fails fast").isLessThan(FAST);
			if (call.kind().equals("screen")) {
				assertThat(call.contentType()).startsWith("text/html");
				assertThat(call.body()).contains("数据库暂时不可用");
			}
			else {
				assertThat(call.contentType()).startsWith("application/problem+json");
			}
			assertThat(call.retryAfter()).as("Retry-After").isTrue();
		}
		// Recovery: from the server accepting connections again to the first success. The
		// pool opens new connections with a backoff that doubles up to 5 s while the
		// server
		// is gone (HikariCP's fixed limit), so the first success can take up to about
		// that
		// long; every request begun after it succeeds.
		long firstSuccess = all.stream()
			.filter((call) -> call.start() >= up && call.status() < 400)
			.mapToLong(Call::end)
			.min()
			.orElseThrow(() -> new AssertionError("No request succeeded after the restart"));
		double recoverySeconds = (firstSuccess - up) / 1e9;
		assertThat(recoverySeconds).isLessThan(MAX_RECOVERY_SECONDS);
		List<Call> after = all.stream().filter((call) -> call.start() >= firstSuccess).toList();
		assertThat(after).isNotEmpty().allMatch((call) -> call.status() < 400);

		int partial;
		int missing;
		try (Connection connection = postgres.connect(FaultTestDatabase.DATABASE);
				Statement statement = connection.createStatement()) {
			try (ResultSet rows = statement.executeQuery(
					"""
							select count(*) from lead l where l.name like '%s-%%'
							 and not exists (select 1 from history_entry h where h.subject_type = 'LEAD' and h.subject_id = l.id)"""
						.formatted(prefix))) {
				rows.next();
				partial = rows.getInt(1);
			}
			missing = 0;
			for (long id : created) {
				try (ResultSet rows = statement.executeQuery("select count(*) from lead where id = " + id)) {
					rows.next();
					missing += (rows.getInt(1) == 1) ? 0 : 1;
				}
			}
		}
		assertThat(partial).as("leads without their history entry").isZero();
		assertThat(missing).as("leads answered 201 but not in the database").isZero();
		long outage503 = during.stream().filter((call) -> call.status() == 503).count();
		long serverErrors = all.stream().filter((call) -> call.status() >= 500 && call.status() != 503).count();
		System.out.printf(
				"[security-figures] db-restart: requests=%d, during-outage=%d, outage-503=%d, server-errors=%d, "
						+ "in-flight-cut-off=%d, recovery-seconds=%.2f, partial-writes=%d, lost-writes=%d%n",
				all.size(), during.size(), outage503, serverErrors, cutOff, recoverySeconds, partial, missing);
	}

	private static Answer send(HttpClient client, HttpRequest.Builder request) throws Exception {
		HttpResponse<String> response = client.send(
				request.header("Accept", "application/json").timeout(Duration.ofSeconds(15)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
				response.body(), response.headers().firstValue("Retry-After").isPresent());
	}

	private static Runnable loop(AtomicBoolean running, List<Call> calls, String kind, Request request) {
		return () -> {
			while (running.get()) {
				long start = System.nanoTime();
				Answer answer;
				try {
					answer = request.send();
				}
				catch (Exception ex) {
					answer = new Answer(-1, "", ex.toString());
				}
				calls.add(new Call(kind, start, System.nanoTime(), answer.status(), answer.contentType(), answer.body(),
						answer.retryAfter()));
			}
		};
	}

	@FunctionalInterface
	private interface Request {

		Answer send() throws Exception;

	}

	private record Answer(int status, String contentType, String body, boolean retryAfter) {

		Answer(int status, String contentType, String body) {
			this(status, contentType, body, false);
		}

	}

	private record Call(String kind, long start, long end, int status, String contentType, String body,
			boolean retryAfter) {

	}

}
