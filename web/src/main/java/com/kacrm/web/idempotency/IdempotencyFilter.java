package com.kacrm.web.idempotency;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.kacrm.persistence.idempotency.Claim;
import com.kacrm.persistence.idempotency.IdempotentRequests;
import com.kacrm.persistence.idempotency.StoredAnswer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Runs a POST, PUT or PATCH that carries a key once per user (issue 10, double submits).
 * The key is the API's {@value #HEADER} header or, on the screens, the hidden
 * {@value #FORM_FIELD} field every rendered form carries
 * ({@link SubmissionFieldProcessor}; URL-encoded forms only, a multipart body is never
 * read here).
 * <ul>
 * <li>The first request with a key runs; a successful answer (2xx/3xx for the API, the
 * redirect of a form) is stored, anything else gives the key back so a corrected
 * resubmission runs.</li>
 * <li>A repeat by the same user gets the stored answer: the same redirect to the record
 * created the first time, or the API's status, Location and body with header
 * {@value #REPLAYED_HEADER}{@code : true}.</li>
 * <li>A repeat while the first still runs: the API answers 409 at once; a form waits for
 * the first answer and replays it (409 page if it takes too long).</li>
 * <li>The same key with another request (method, path, body or form fields): 422.</li>
 * </ul>
 * Registered after Spring Security's filter chain, so the user is known; requests without
 * a signed-in user or without a key pass untouched.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

	/** The API's request header. */
	public static final String HEADER = "Idempotency-Key";

	/** The screens' hidden form field. */
	public static final String FORM_FIELD = "_submission";

	/** Marks a replayed answer. */
	public static final String REPLAYED_HEADER = "Idempotent-Replayed";

	private static final Set<String> METHODS = Set.of("POST", "PUT", "PATCH");

	private static final Set<String> NOT_FINGERPRINTED = Set.of(FORM_FIELD, "_csrf");

	private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7e]{1,200}");

	/** The largest API body read to fingerprint it; larger ones are refused (413). */
	private static final int MAX_FINGERPRINTED_BODY = 4 * 1024 * 1024;

	private final IdempotentRequests requests;

	private final long formWaitMillis;

	public IdempotencyFilter(IdempotentRequests requests, long formWaitMillis) {
		this.requests = requests;
		this.formWaitMillis = formWaitMillis;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !METHODS.contains(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String principal = principal();
		if (principal == null) {
			chain.doFilter(request, response);
			return;
		}
		String header = request.getHeader(HEADER);
		if (header != null) {
			if (!VALID_KEY.matcher(header).matches()) {
				problem(response, HttpServletResponse.SC_BAD_REQUEST, "Invalid Idempotency-Key",
						"The Idempotency-Key header must be 1 to 200 visible ASCII characters.");
				return;
			}
			HttpServletRequest readable = cached(request);
			if (readable == null) {
				problem(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Body too large",
						"A request with an Idempotency-Key may carry at most 4 MiB.");
				return;
			}
			api(readable, response, chain, principal, header, fingerprint(readable));
			return;
		}
		if (isForm(request)) {
			String submission = request.getParameter(FORM_FIELD);
			if (submission != null && VALID_KEY.matcher(submission).matches()) {
				form(request, response, chain, principal, submission, fingerprint(request));
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private void api(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String principal,
			String key, String fingerprint) throws ServletException, IOException {
		Claim claim = this.requests.claim(principal, key, request.getMethod(), request.getRequestURI(), fingerprint);
		switch (claim.outcome()) {
			case MISMATCH -> problem(response, 422, "Idempotency-Key reused",
					"This Idempotency-Key was used for a different request; nothing was done.");
			case IN_FLIGHT -> {
				response.setHeader(HttpHeaders.RETRY_AFTER, "1");
				problem(response, HttpServletResponse.SC_CONFLICT, "Request in progress",
						"A request with this Idempotency-Key is still running; retry shortly to get its answer.");
			}
			case REPLAY -> replay(response, claim.answer());
			case FIRST -> {
				ContentCachingResponseWrapper caching = new ContentCachingResponseWrapper(response);
				runFirst(request, caching, chain, principal, key, true);
				caching.copyBodyToResponse();
			}
		}
	}

	private void form(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String principal,
			String key, String fingerprint) throws ServletException, IOException {
		long deadline = System.currentTimeMillis() + this.formWaitMillis;
		Claim claim = this.requests.claim(principal, key, request.getMethod(), request.getRequestURI(), fingerprint);
		while (claim.outcome() == Claim.Outcome.IN_FLIGHT && System.currentTimeMillis() < deadline) {
			pause();
			Optional<Claim> now = this.requests.current(principal, key, fingerprint);
			claim = now.isPresent() ? now.get()
					: this.requests.claim(principal, key, request.getMethod(), request.getRequestURI(), fingerprint);
		}
		switch (claim.outcome()) {
			case MISMATCH -> response.sendError(422);
			case IN_FLIGHT -> response.sendError(HttpServletResponse.SC_CONFLICT);
			case REPLAY -> replay(response, claim.answer());
			case FIRST -> runFirst(request, response, chain, principal, key, false);
		}
	}

	private void runFirst(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String principal,
			String key, boolean api) throws ServletException, IOException {
		boolean stored = false;
		try {
			chain.doFilter(request, response);
			int status = response.getStatus();
			boolean success = api ? (status >= 200 && status < 400) : (status >= 300 && status < 400);
			if (success) {
				byte[] body = (api && response instanceof ContentCachingResponseWrapper caching)
						? caching.getContentAsByteArray() : null;
				this.requests.complete(principal, key, status, response.getHeader(HttpHeaders.LOCATION),
						response.getContentType(), body);
				stored = true;
			}
		}
		finally {
			if (!stored) {
				this.requests.release(principal, key);
			}
		}
	}

	private static void replay(HttpServletResponse response, StoredAnswer answer) throws IOException {
		response.setStatus(answer.status());
		response.setHeader(REPLAYED_HEADER, "true");
		if (answer.location() != null) {
			response.setHeader(HttpHeaders.LOCATION, answer.location());
		}
		if (answer.contentType() != null) {
			response.setContentType(answer.contentType());
		}
		if (answer.body() != null) {
			response.setContentLength(answer.body().length);
			response.getOutputStream().write(answer.body());
		}
		response.flushBuffer();
	}

	private static void problem(HttpServletResponse response, int status, String title, String detail)
			throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		String json = "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
				+ detail + "\"}";
		response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
	}

	private static String principal() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return null;
		}
		return authentication.getName();
	}

	/**
	 * A URL-encoded form, or a request without body type whose parameters come from the
	 * query string only: reading its parameters never consumes another kind of body.
	 */
	private static boolean isForm(HttpServletRequest request) {
		String type = request.getContentType();
		return type == null
				|| type.toLowerCase(java.util.Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
	}

	private static boolean isMultipart(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
	}

	/**
	 * The request as the key stands for: method, path and query, then the form's fields
	 * (without the key and the CSRF token) or the body (a multipart body by its length
	 * only, it is never read here).
	 */
	private static String fingerprint(HttpServletRequest request) throws IOException {
		MessageDigest digest = sha256();
		update(digest, request.getMethod());
		update(digest, request.getRequestURI());
		update(digest, (request.getQueryString() != null) ? request.getQueryString() : "");
		if (request instanceof CachedBodyRequest cached) {
			digest.update(cached.body);
		}
		else if (isForm(request)) {
			Map<String, String[]> fields = new TreeMap<>(request.getParameterMap());
			fields.forEach((name, values) -> {
				if (!NOT_FINGERPRINTED.contains(name)) {
					update(digest, name);
					for (String value : values) {
						update(digest, value);
					}
				}
			});
		}
		else if (isMultipart(request)) {
			update(digest, Long.toString(request.getContentLengthLong()));
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static void update(MessageDigest digest, String value) {
		digest.update(value.getBytes(StandardCharsets.UTF_8));
		digest.update((byte) 0);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The request with its body read, so it can be hashed and still read by the
	 * controller; null when the body is too large to keep in memory.
	 */
	private static HttpServletRequest cached(HttpServletRequest request) throws IOException {
		if (request.getContentType() != null && (isForm(request) || isMultipart(request))) {
			return request;
		}
		if (request.getContentLengthLong() > MAX_FINGERPRINTED_BODY) {
			return null;
		}
		byte[] body = request.getInputStream().readNBytes(MAX_FINGERPRINTED_BODY + 1);
		return (body.length > MAX_FINGERPRINTED_BODY) ? null : new CachedBodyRequest(request, body);
	}

	private void pause() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static final class CachedBodyRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		CachedBodyRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException();
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			String encoding = getCharacterEncoding();
			Charset charset = (encoding != null) ? Charset.forName(encoding) : StandardCharsets.UTF_8;
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

	}

}
