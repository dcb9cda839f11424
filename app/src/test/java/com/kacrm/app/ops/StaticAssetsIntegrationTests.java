package com.kacrm.app.ops;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.kacrm.app.test.CrmIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Static assets over real HTTP: browsers may keep them for an hour and then revalidate
 * them without downloading them again, and text answers (pages, css, js) travel
 * compressed.
 */
@CrmIntegrationTest
class StaticAssetsIntegrationTests {

	private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:css|js|webjars)/[^\"]+)\"");

	private final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void assetsMayBeCachedForAnHourAndAreThenRevalidatedWithoutTheirBody() throws Exception {
		List<String> assets = assetsOf(get("/login", false).body());
		assertThat(assets).hasSizeGreaterThanOrEqualTo(4);
		for (String asset : assets) {
			HttpResponse<String> answer = get(asset, false);
			assertThat(answer.statusCode()).as(asset).isEqualTo(200);
			assertThat(answer.headers().firstValue("Cache-Control")).as(asset)
				.hasValueSatisfying((cache) -> assertThat(cache).contains("max-age=3600").contains("public"));
			String lastModified = answer.headers().firstValue("Last-Modified").orElseThrow();
			HttpResponse<String> again = this.client
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + asset))
					.header("If-Modified-Since", lastModified)
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(again.statusCode()).as(asset).isEqualTo(304);
		}
	}

	@Test
	void pagesLinkAssetsAsTheTemplatesSpellThemAndWebJarsResolveWithoutTheirVersion() throws Exception {
		// Spring's resource URL filter would have written the WebJar's version into the
		// link, after looking every link of the page up among the static resources.
		List<String> assets = assetsOf(get("/login", false).body());
		assertThat(assets).contains("/webjars/htmx.org/dist/htmx.min.js");
		assertThat(get("/webjars/htmx.org/dist/htmx.min.js", false).statusCode()).isEqualTo(200);
	}

	@Test
	void pagesStylesAndScriptsTravelCompressedToClientsThatAcceptGzip() throws Exception {
		// Bootstrap's css and script and htmx; answers under 2 KiB (app.js) are not worth
		// compressing.
		List<String> libraries = assetsOf(get("/login", false).body()).stream()
			.filter((asset) -> asset.startsWith("/webjars/"))
			.toList();
		assertThat(libraries).hasSizeGreaterThanOrEqualTo(3);
		for (String path : concat("/login", libraries)) {
			HttpResponse<String> answer = get(path, true);
			assertThat(answer.statusCode()).as(path).isEqualTo(200);
			assertThat(answer.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
		}
	}

	private static List<String> concat(String first, List<String> rest) {
		return Stream.concat(Stream.of(first), rest.stream()).toList();
	}

	private List<String> assetsOf(String page) {
		Matcher matcher = ASSET.matcher(page);
		return matcher.results().map((match) -> match.group(1)).toList();
	}

	private HttpResponse<String> get(String path, boolean gzip) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (gzip) {
			request.header("Accept-Encoding", "gzip");
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
