package com.kacrm.app.security;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.kacrm.app.CrmApplication;
import com.kacrm.persistence.test.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two app nodes in this JVM on loopback against one PostgreSQL (a fresh database of the
 * run's test server), as behind a load balancer without sticky sessions. Both start at
 * the same moment, so Flyway's lock is put to the test (every migration is applied once)
 * and so is the first admin's creation (one node creates it, the other starts anyway). A
 * login on node A works on node B (the session is in PostgreSQL); a user disabled through
 * B is thrown out of the session they opened on A; wrong passwords on A lock the account
 * on B; when A stops, B goes on with A's sessions and takes new logins. Prints
 * {@code [security-figures] two-nodes: ...}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeIntegrationTests {

	static final String ADMIN_PASSWORD = "two-nodes-admin-1";

	static final String PASSWORD = "two-nodes-user-1";

	static final int MAX_FAILURES = 3;

	private final String database = "two_nodes_" + System.nanoTime();

	private ConfigurableApplicationContext nodeA;

	private ConfigurableApplicationContext nodeB;

	private String a;

	private String b;

	private final List<CookieBrowser> browsers = new ArrayList<>();

	private int failedRequests;

	@BeforeAll
	void startTwoNodesAtOnceOnAFreshDatabase() throws Exception {
		TestDatabase.Connection server = TestDatabase.connection();
		try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(),
				server.password()); Statement statement = connection.createStatement()) {
			statement.execute("create database " + this.database);
		}
		String url = server.jdbcUrl().replaceFirst("/postgres(\\?|$)", "/" + this.database + "$1");
		assertThat(url).contains(this.database);
		ExecutorService starter = Executors.newFixedThreadPool(2);
		// Both nodes keep the logging the test JVM already has: two start-ups setting up
		// the JVM-wide logging system at the same moment trip over each other.
		System.setProperty(LOGGING_SYSTEM, "none");
		try {
			CompletableFuture<ConfigurableApplicationContext> first = CompletableFuture
				.supplyAsync(() -> start("a", url, server), starter);
			CompletableFuture<ConfigurableApplicationContext> second = CompletableFuture
				.supplyAsync(() -> start("b", url, server), starter);
			this.nodeA = first.join();
			this.nodeB = second.join();
		}
		finally {
			starter.shutdown();
			System.clearProperty(LOGGING_SYSTEM);
		}
		this.a = base(this.nodeA);
		this.b = base(this.nodeB);
	}

	@AfterAll
	void stopNodes() {
		for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] { this.nodeA, this.nodeB }) {
			if (node != null && node.isActive()) {
				node.close();
			}
		}
	}

	@Test
	@Order(1)
	void bothNodesStartedAndFlywayAppliedEveryMigrationOnce() {
		JdbcTemplate jdbc = this.nodeB.getBean(JdbcTemplate.class);
		List<Map<String, Object>> applied = jdbc.queryForList("""
				select version, count(*) as times, bool_and(success) as ok from flyway_schema_history
				where version is not null group by version order by version""");
		assertThat(applied).isNotEmpty();
		assertThat(applied).allSatisfy((row) -> {
			assertThat(((Number) row.get("times")).intValue()).as("version " + row.get("version")).isOne();
			assertThat(row.get("ok")).isEqualTo(Boolean.TRUE);
		});
		assertThat(applied).extracting((row) -> row.get("version").toString()).anyMatch((v) -> v.endsWith("24"));
		System.out
			.println("[security-figures] flyway-once: nodes=2, migrations=" + applied.size() + ", applied-twice=0");
	}

	@Test
	@Order(2)
	void aWrongPasswordCountedOnOneNodeLocksTheAccountOnTheOther() throws Exception {
		CookieBrowser admin = browser();
		expectLoggedIn(admin.logIn(this.a, "admin", ADMIN_PASSWORD));
		String username = "locked." + System.nanoTime();
		createAdmin(admin, this.b, username);

		CookieBrowser attacker = browser();
		for (int i = 0; i < MAX_FAILURES; i++) {
			HttpResponse<String> failed = attacker.logIn(this.a, username, "wrong-password");
			assertThat(CookieBrowser.location(failed)).contains("/login?");
		}
		CookieBrowser owner = browser();
		HttpResponse<String> refused = owner.logIn(this.b, username, PASSWORD);
		assertThat(CookieBrowser.location(refused)).endsWith("/login?locked");
		assertThat(owner.get(this.b, "/").statusCode()).isEqualTo(302);
	}

	@Test
	@Order(3)
	void aUserDisabledThroughOneNodeIsThrownOutOfTheSessionOpenedOnTheOther() throws Exception {
		CookieBrowser admin = browser();
		expectLoggedIn(admin.logIn(this.b, "admin", ADMIN_PASSWORD));
		String username = "disabled." + System.nanoTime();
		long id = createAdmin(admin, this.b, username);

		CookieBrowser user = browser();
		expectLoggedIn(user.logIn(this.a, username, PASSWORD));
		expectOk(user.get(this.a, "/"));

		admin.get(this.b, "/admin/users/" + id);
		HttpResponse<String> disabled = admin.post(this.b, "/admin/users/" + id + "/disable", Map.of());
		assertThat(CookieBrowser.location(disabled)).endsWith("/admin/users/" + id);

		HttpResponse<String> next = user.get(this.a, "/");
		assertThat(next.statusCode()).isEqualTo(302);
		assertThat(CookieBrowser.location(next)).endsWith("/login?expired");
	}

	@Test
	@Order(4)
	void aLoginOnOneNodeWorksOnTheOtherAndSurvivesTheStopOfTheFirst() throws Exception {
		CookieBrowser admin = browser();
		expectLoggedIn(admin.logIn(this.a, "admin", ADMIN_PASSWORD));
		expectOk(admin.get(this.a, "/"));

		// The same cookie on the other node: still signed in, as the same person.
		HttpResponse<String> onB = admin.get(this.b, "/admin/users");
		expectOk(onB);
		assertThat(onB.body()).contains("系统管理员");
		String username = "two.nodes." + System.nanoTime();
		long created = createAdmin(admin, this.b, username);
		expectOk(admin.get(this.a, "/admin/users/" + created));

		long stopping = System.nanoTime();
		this.nodeA.close();
		HttpResponse<String> afterStop = admin.get(this.b, "/admin/users/" + created);
		long takeoverMillis = (System.nanoTime() - stopping) / 1_000_000;
		expectOk(afterStop);
		assertThat(afterStop.body()).contains(username);
		createAdmin(admin, this.b, "after.stop." + System.nanoTime());

		expectOk(admin.get(this.b, "/"));
		assertThat(CookieBrowser.location(admin.logOut(this.b))).endsWith("/login?logout");
		expectLoggedIn(admin.logIn(this.b, username, PASSWORD));
		HttpResponse<String> home = admin.get(this.b, "/");
		expectOk(home);
		assertThat(home.body()).contains("两个节点");

		int requests = this.browsers.stream().mapToInt(CookieBrowser::requests).sum();
		assertThat(this.failedRequests).isZero();
		System.out.println("[security-figures] two-nodes: nodes=2, requests=" + requests + ", failovers=1, "
				+ "failed-requests=" + this.failedRequests + ", takeover-ms=" + takeoverMillis);
	}

	private static final Pattern CREATED = Pattern.compile("/admin/users/(\\d+)$");

	/**
	 * Creates an admin (admins need no team) through the user form of the node
	 * {@code base}.
	 */
	private long createAdmin(CookieBrowser admin, String base, String username) throws Exception {
		expectOk(admin.get(base, "/admin/users/new"));
		HttpResponse<String> saved = admin.post(base, "/admin/users", Map.of("username", username, "displayName",
				"两个节点测试", "role", "ADMIN", "teamCode", "", "preferredLocale", "", "email", "", "password", PASSWORD));
		Matcher id = CREATED.matcher(CookieBrowser.location(saved));
		assertThat(id.find()).as("user form answered %s: %s", saved.statusCode(), saved.body()).isTrue();
		return Long.parseLong(id.group(1));
	}

	private CookieBrowser browser() {
		CookieBrowser browser = new CookieBrowser();
		this.browsers.add(browser);
		return browser;
	}

	private void expectOk(HttpResponse<String> response) {
		if (response.statusCode() != 200) {
			this.failedRequests++;
		}
		assertThat(response.statusCode()).as("%s %s", response.request().uri(), CookieBrowser.location(response))
			.isEqualTo(200);
	}

	private void expectLoggedIn(HttpResponse<String> login) {
		if (CookieBrowser.location(login).contains("/login")) {
			this.failedRequests++;
		}
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(CookieBrowser.location(login)).doesNotContain("/login");
	}

	/**
	 * Starts a node; both are given the first admin's password, as an operator starting a
	 * new installation with N nodes would: one creates the admin, the other finds it.
	 */
	private static final String LOGGING_SYSTEM = "org.springframework.boot.logging.LoggingSystem";

	private static ConfigurableApplicationContext start(String name, String url, TestDatabase.Connection server) {
		List<String> properties = new ArrayList<>(List.of("server.port=0", "spring.datasource.url=" + url,
				"spring.datasource.username=" + server.username(), "spring.datasource.password=" + server.password(),
				"spring.datasource.hikari.maximum-pool-size=4", "spring.datasource.hikari.pool-name=node-" + name,
				"crm.demo.enabled=false", "crm.security.lockout.max-failures=" + MAX_FAILURES,
				"spring.application.name=kacrm-node-" + name));
		properties.add("crm.bootstrap.admin-password=" + ADMIN_PASSWORD);
		// As command-line arguments, so they win over application.yml (server.port:
		// ${PORT:8080}).
		return new SpringApplicationBuilder(CrmApplication.class)
			.run(properties.stream().map((property) -> "--" + property).toArray(String[]::new));
	}

	private static String base(ConfigurableApplicationContext node) {
		return "http://localhost:" + ((WebServerApplicationContext) node).getWebServer().getPort();
	}

}
