package com.kacrm.app.security;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser: real HTTP, its own cookie jar that ignores host and port
 * (so one login can be carried from one app node to another, as behind a load balancer),
 * CSRF tokens taken from the pages, redirects not followed. Counts its requests.
 */
final class CookieBrowser {

	static final String SESSION_COOKIE = SecurityConfiguration.SESSION_COOKIE;

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private final AtomicInteger requests = new AtomicInteger();

	private String csrf;

	HttpResponse<String> get(String base, String path) throws IOException, InterruptedException {
		return get(base, path, Map.of());
	}

	HttpResponse<String> get(String base, String path, Map<String, String> headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Accept", "text/html,application/xhtml+xml")
			.GET();
		headers.forEach(request::header);
		return send(request);
	}

	/** Posts a form with the CSRF token of the last page that carried one. */
	HttpResponse<String> post(String base, String path, Map<String, String> fields)
			throws IOException, InterruptedException {
		Map<String, String> form = new LinkedHashMap<>(fields);
		if (this.csrf != null) {
			form.put("_csrf", this.csrf);
		}
		String body = form.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** Opens the login page and posts the login form; returns the answer to the POST. */
	HttpResponse<String> logIn(String base, String username, String password) throws IOException, InterruptedException {
		get(base, "/login");
		return post(base, "/login", Map.of("username", username, "password", password));
	}

	/** Logs out with the logout form of the home page. */
	HttpResponse<String> logOut(String base) throws IOException, InterruptedException {
		get(base, "/");
		return post(base, "/logout", Map.of());
	}

	String cookie(String name) {
		return this.cookies.get(name);
	}

	void setCookie(String name, String value) {
		this.cookies.put(name, value);
	}

	int requests() {
		return this.requests.get();
	}

	static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElse("");
	}

	/** The Set-Cookie headers of a response for the cookie {@code name}. */
	static List<String> setCookies(HttpResponse<String> response, String name) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((header) -> header.startsWith(name + "="))
			.toList();
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		if (!this.cookies.isEmpty()) {
			request.header("Cookie",
					this.cookies.entrySet()
						.stream()
						.map((cookie) -> cookie.getKey() + "=" + cookie.getValue())
						.collect(Collectors.joining("; ")));
		}
		this.requests.incrementAndGet();
		HttpResponse<String> response = CLIENT.send(request.build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		for (String header : response.headers().allValues("Set-Cookie")) {
			String pair = header.split(";", 2)[0];
			int equals = pair.indexOf('=');
			String name = pair.substring(0, equals).strip();
			String value = pair.substring(equals + 1).strip();
			if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
				this.cookies.remove(name);
			}
			else {
				this.cookies.put(name, value);
			}
		}
		Matcher token = CSRF.matcher(response.body());
		if (token.find()) {
			this.csrf = token.group(1);
		}
		return response;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
