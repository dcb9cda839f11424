package com.kacrm.app.security.matrix;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import com.kacrm.app.security.matrix.MatrixFixtures.Team;
import com.kacrm.app.test.CrmIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * The authorization matrix (issue 10): every screen, export and API endpoint, probed by
 * every demo user of both teams and by an anonymous visitor, with the records of the
 * south team, the same records of the east team and ids that do not exist. The table is
 * {@code src/test/resources/security/authz-matrix.tsv}; its header explains the columns.
 * For every probe:
 * <ul>
 * <li>the answer is the one in the table (ok, 403, 404, login ...);</li>
 * <li>no answer, export or search result given to a user shows a record of a team they
 * may not see (each team's records carry a marker in their names);</li>
 * <li>a refused write changes no row of any table;</li>
 * <li>a record of another team answers exactly like an id that does not exist (status and
 * body) where it answers 404.</li>
 * </ul>
 * The completeness guard fails when an endpoint of the application has no row.
 */
@CrmIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIntegrationTests {

	/**
	 * Endpoints the matrix leaves out, and why.
	 */
	static final Set<String> EXCLUDED = Set.of(
			// the login page is for everybody, signed in or not
			"GET /login",
			// the error page renders whatever error the container forwards to it
			"ANY /error");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	final MatrixFixtures fixtures = new MatrixFixtures();

	List<MatrixRow> rows;

	DatabaseFingerprint fingerprint;

	@BeforeAll
	void createTheRecords() throws IOException {
		this.fixtures.create(this.context);
		this.rows = readMatrix();
		this.fingerprint = new DatabaseFingerprint(this.jdbc);
	}

	@Test
	void everyEndpointOfTheApplicationHasARowInTheMatrix() {
		Set<String> covered = new TreeSet<>();
		this.rows.forEach((row) -> covered.add(row.endpointKey()));
		Set<String> missing = new TreeSet<>();
		Set<String> endpoints = endpoints();
		for (String endpoint : endpoints) {
			if (!covered.contains(endpoint) && !EXCLUDED.contains(endpoint)) {
				missing.add(endpoint);
			}
		}
		Set<String> stale = new TreeSet<>(covered);
		stale.removeAll(endpoints);
		assertThat(missing).as("endpoints without a row in security/authz-matrix.tsv").isEmpty();
		assertThat(stale).as("rows of security/authz-matrix.tsv that match no endpoint").isEmpty();
	}

	@Test
	void everyActorGetsWhatTheMatrixSaysAndNothingOfTheOtherTeam() throws Exception {
		List<String> failures = new ArrayList<>();
		int probes = 0;
		int deniedWrites = 0;
		int changedByDeniedWrites = 0;
		int leaks = 0;
		Set<String> endpoints = new TreeSet<>();
		Map<MatrixRow, Map<String, String>> observed = new LinkedHashMap<>();
		for (MatrixRow row : this.rows) {
			endpoints.add(row.endpointKey());
			List<Team> teams = row.teamScoped() ? List.of(Team.SOUTH, Team.EAST, Team.UNKNOWN) : List.of(Team.SOUTH);
			Map<String, Answer> forbidden = new LinkedHashMap<>();
			for (Team team : teams) {
				for (String actor : MatrixRow.ACTORS) {
					String expected = row.expectation(actor, team);
					if (expected.equals("-")) {
						continue;
					}
					boolean open = expected.equals("?");
					boolean mayBeDenied = row.isWrite() && !expected.equals("ok");
					if (mayBeDenied) {
						this.fingerprint.before();
					}
					Answer answer = probe(row, actor, team);
					probes++;
					boolean deniedWrite = mayBeDenied && !answer.token().equals("ok");
					String where = row + " as " + actor + " on " + team.name().toLowerCase() + " records";
					if (open) {
						observed.computeIfAbsent(row, (r) -> new LinkedHashMap<>())
							.merge(actor, team.name().charAt(0) + answer.token(), (a, b) -> a + "," + b);
					}
					else if (!answer.token().equals(expected)) {
						failures.add(where + ": expected " + expected + " but got " + answer.token() + " ("
								+ answer.status() + ")");
					}
					for (String marker : forbiddenMarkers(actor)) {
						if (answer.text().contains(marker)) {
							leaks++;
							failures.add(where + ": LEAK, the answer shows a record of another team (" + marker + ")");
						}
					}
					if (row.check().equals("hits") && answer.token().equals("ok")) {
						for (String marker : ownMarkers(actor)) {
							if (!answer.text().contains(marker)) {
								failures.add(where + ": the search does not find the actor's own record " + marker);
							}
						}
					}
					if (mayBeDenied && !deniedWrite) {
						this.fingerprint.changesSinceBefore();
					}
					if (deniedWrite) {
						deniedWrites++;
						String changes = this.fingerprint.changesSinceBefore();
						if (!changes.isEmpty()) {
							changedByDeniedWrites++;
							failures.add(where + ": the refused write changed rows of " + changes);
						}
					}
					if (team != Team.UNKNOWN && (expected.equals("404") || (open && answer.token().equals("404")))
							&& !actor.equals("anonymous")) {
						forbidden.put(actor + "/" + team, answer);
					}
					if (team == Team.UNKNOWN && forbidden.containsKey(actor + "/" + Team.SOUTH)) {
						Answer other = forbidden.get(actor + "/" + Team.SOUTH);
						if (other.status() != answer.status() || !shape(other.text()).equals(shape(answer.text()))) {
							failures.add(where + ": an unknown id (" + answer.status()
									+ ") answers differently from a forbidden one (" + other.status() + ")");
						}
					}
				}
			}
		}
		observed.forEach((row, answers) -> System.out.println("[authz-observed] " + row.method() + " " + row.url() + " "
				+ MatrixRow.ACTORS.stream().map((a) -> answers.getOrDefault(a, "-")).toList()));
		System.out.println("[security-figures] authz-matrix: probes=" + probes + ", endpoints=" + endpoints.size()
				+ ", leaks=" + leaks + ", denied-writes=" + deniedWrites + ", rows-changed-by-denied-writes="
				+ changedByDeniedWrites);
		assertThat(failures).as("authorization matrix failures").isEmpty();
	}

	private Answer probe(MatrixRow row, String actor, Team team) throws Exception {
		Map<String, String> values = new LinkedHashMap<>(this.fixtures.global);
		values.putAll(this.fixtures.values(team));
		String url = row.fill(row.url(), values);
		String body = row.fill(row.body(), values);
		boolean api = url.startsWith("/api/");
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(row.method()), url);
		request.accept(api ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML);
		if (!actor.equals("anonymous")) {
			request.with(user(this.users.loadUserByUsername(actor)));
		}
		if (row.isWrite() && !api) {
			request.with(csrf());
		}
		if (body != null && !body.isEmpty()) {
			if (body.startsWith("{") || body.startsWith("[")) {
				request.contentType(MediaType.APPLICATION_JSON).content(body);
			}
			else {
				for (String pair : body.split("&")) {
					int equals = pair.indexOf('=');
					request.param(pair.substring(0, equals), pair.substring(equals + 1));
				}
			}
		}
		else if (api && row.isWrite()) {
			request.contentType(MediaType.APPLICATION_JSON).content("{}");
		}
		MockHttpServletResponse response;
		try {
			response = this.mvc.perform(request).andReturn().getResponse();
		}
		catch (Exception ex) {
			// What the container would answer with its error page.
			return new Answer(500, "500", String.valueOf(ex.getMessage()));
		}
		return new Answer(response.getStatus(), token(response, api), text(response));
	}

	private static String token(MockHttpServletResponse response, boolean api) {
		int status = response.getStatus();
		String location = response.getHeader("Location");
		if (status == 401 || (status / 100 == 3 && location != null && location.contains("/login"))) {
			return "login";
		}
		if (status / 100 == 2 || status / 100 == 3) {
			return "ok";
		}
		return String.valueOf(status);
	}

	/** The body as text; of a zip (an .xlsx export) the text of all its parts. */
	private static String text(MockHttpServletResponse response) throws IOException {
		byte[] bytes = response.getContentAsByteArray();
		if (bytes.length > 2 && bytes[0] == 'P' && bytes[1] == 'K') {
			StringBuilder text = new StringBuilder();
			java.nio.file.Path file = java.nio.file.Files.createTempFile("authz-", ".zip");
			try (ZipFile zip = new ZipFile(java.nio.file.Files.write(file, bytes).toFile())) {
				for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
					try (InputStream in = zip.getInputStream(entry)) {
						text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
					}
				}
			}
			finally {
				java.nio.file.Files.deleteIfExists(file);
			}
			return text.toString();
		}
		return new String(bytes, StandardCharsets.UTF_8);
	}

	/**
	 * What stays of an answer once what differs between any two requests is taken out
	 * (ids and other numbers, CSRF tokens, CSP nonces): a forbidden and an unknown record
	 * must answer with the same shape.
	 */
	static String shape(String body) {
		return body.replaceAll("(nonce|value|content)=\"[^\"]*\"", "$1=\"\"").replaceAll("\\d+", "#");
	}

	private List<String> forbiddenMarkers(String actor) {
		return switch (actor) {
			case "admin" -> List.of();
			case "manager.south", "rep.zhang", "rep.li" -> List.of(this.fixtures.marker(Team.EAST));
			case "manager.east", "rep.wang" -> List.of(this.fixtures.marker(Team.SOUTH));
			default -> List.of(this.fixtures.marker(Team.SOUTH), this.fixtures.marker(Team.EAST));
		};
	}

	private List<String> ownMarkers(String actor) {
		return switch (actor) {
			case "admin" -> List.of(this.fixtures.marker(Team.SOUTH), this.fixtures.marker(Team.EAST));
			case "manager.south", "rep.zhang", "rep.li" -> List.of(this.fixtures.marker(Team.SOUTH));
			case "manager.east", "rep.wang" -> List.of(this.fixtures.marker(Team.EAST));
			default -> List.of();
		};
	}

	/** Every endpoint of the application's controllers: METHOD and blanked pattern. */
	private Set<String> endpoints() {
		Set<String> endpoints = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : this.mappings.getHandlerMethods().entrySet()) {
			if (!mapping.getValue().getBeanType().getPackageName().startsWith("com.kacrm")) {
				continue;
			}
			Set<RequestMethod> methods = mapping.getKey().getMethodsCondition().getMethods();
			for (String pattern : mapping.getKey().getPatternValues()) {
				if (methods.isEmpty()) {
					endpoints.add("ANY " + MatrixRow.blank(pattern));
				}
				for (RequestMethod method : methods) {
					endpoints.add(method.name() + " " + MatrixRow.blank(pattern));
				}
			}
		}
		return endpoints;
	}

	private List<MatrixRow> readMatrix() throws IOException {
		List<MatrixRow> rows = new ArrayList<>();
		try (InputStream in = getClass().getResourceAsStream("/security/authz-matrix.tsv")) {
			String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
			for (int i = 0; i < lines.length; i++) {
				String line = lines[i].strip();
				if (!line.isEmpty() && !line.startsWith("#")) {
					rows.add(MatrixRow.parse(i + 1, line));
				}
			}
		}
		return rows;
	}

	record Answer(int status, String token, String text) {
	}

}
