package com.kacrm.web.shared;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.context.support.WebApplicationContextUtils;
import org.springframework.web.util.HtmlUtils;

/**
 * Tells a failure of the database server (down, restarting, unreachable, no connection
 * within the pool's timeout) from every other error, so that people get a friendly 503
 * "try again shortly" with a {@code Retry-After} header instead of a 500 — the request
 * did not half-happen: a transaction that lost its connection is rolled back by
 * PostgreSQL.
 *
 * <p>
 * The cause chain is searched, since the failure arrives wrapped (Spring's
 * {@link CannotCreateTransactionException} around Hibernate's
 * {@code JDBCConnectionException} around the driver's {@code PSQLException}, or a
 * security filter's authentication exception around all of it).
 */
public final class DatabaseOutage {

	/** Seconds after which a client may try again (the {@code Retry-After} header). */
	public static final int RETRY_AFTER_SECONDS = 10;

	/** What the API says, in English like the API's other problem details. */
	public static final String DETAIL = "The database is temporarily unavailable; nothing was changed. "
			+ "Try again in a few seconds.";

	/**
	 * SQLState classes and codes that mean "no usable connection to the server": 08 =
	 * connection exception (refused, broken, cannot connect); 57P01 admin_shutdown, 57P02
	 * crash_shutdown, 57P03 cannot_connect_now (starting up or shutting down).
	 */
	private static final String MARKER = DatabaseOutage.class.getName() + ".outage";

	private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03");

	private static final Set<String> UNAVAILABLE_CLASS_NAMES = Set.of("org.hibernate.exception.JDBCConnectionException",
			"com.zaxxer.hikari.pool.HikariPool$PoolInitializationException");

	private DatabaseOutage() {
	}

	/** Whether {@code failure} or anything it wraps says the database is unreachable. */
	public static boolean isCause(Throwable failure) {
		Map<Throwable, Boolean> seen = new IdentityHashMap<>();
		for (Throwable current = failure; current != null && seen.put(current, true) == null; current = next(current)) {
			if (isUnavailable(current)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether this request is the container's forward to the error page for a database
	 * outage; the error page then asks the database nothing (no inbox badge).
	 */
	public static boolean isErrorDispatchFor(HttpServletRequest request) {
		return request.getAttribute(MARKER) != null
				|| (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
						&& isCause(failure));
	}

	/**
	 * Answers a screen request with the translated 503 page, written here rather than
	 * through the container's error page: with the sessions in PostgreSQL, an error
	 * dispatch would ask the database for the session again and fail the same way. The
	 * page is plain HTML with the texts of the bundles and needs nothing from the
	 * database; English when the browser or {@code ?lang=en} asks for it, else Chinese.
	 */
	public static void sendErrorPage(HttpServletRequest request, HttpServletResponse response) throws IOException {
		request.setAttribute(MARKER, Boolean.TRUE);
		if (response.isCommitted()) {
			return;
		}
		response.reset();
		prepare(response);
		MessageSource messages = WebApplicationContextUtils
			.getRequiredWebApplicationContext(request.getServletContext());
		Locale locale = englishAsked(request) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
		String title = HtmlUtils.htmlEscape(messages.getMessage("error.unavailable.title", null, locale));
		String text = HtmlUtils.htmlEscape(messages.getMessage("error.unavailable.text", null, locale));
		response.setContentType("text/html;charset=UTF-8");
		response.getWriter()
			.write("<!DOCTYPE html><html lang=\"" + locale.toLanguageTag() + "\"><head><meta charset=\"UTF-8\">"
					+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
					+ "</title><link rel=\"stylesheet\" href=\"/css/app.css\"></head><body><main class=\"container\">"
					+ "<h1 data-testid=\"database-unavailable\">" + title + "</h1><p>" + text
					+ "</p></main></body></html>");
	}

	/**
	 * Answers any request that failed for a database outage: a problem for the API, the
	 * page for screens. For filters in front of the session store, which fails first.
	 */
	public static void sendAnswer(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			sendErrorPage(request, response);
			return;
		}
		if (response.isCommitted()) {
			return;
		}
		response.reset();
		prepare(response);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"Database unavailable\",\"status\":503,\"detail\":\"" + DETAIL
					+ "\",\"retryAfterSeconds\":" + RETRY_AFTER_SECONDS + "}");
	}

	private static boolean englishAsked(HttpServletRequest request) {
		String lang = request.getParameter("lang");
		if (lang != null) {
			return lang.toLowerCase(Locale.ROOT).startsWith("en");
		}
		return request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null && "en".equals(request.getLocale().getLanguage());
	}

	/** Status 503 and the {@code Retry-After} header, for any kind of answer. */
	public static void prepare(HttpServletResponse response) {
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
	}

	/** The API's answer: an RFC 9457 problem with status 503. */
	public static ProblemDetail problem() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, DETAIL);
		problem.setTitle("Database unavailable");
		problem.setProperty("retryAfterSeconds", RETRY_AFTER_SECONDS);
		return problem;
	}

	private static boolean isUnavailable(Throwable failure) {
		if (failure instanceof CannotCreateTransactionException || failure instanceof DataAccessResourceFailureException
				|| failure instanceof SQLTransientConnectionException
				|| failure instanceof SQLNonTransientConnectionException
				|| UNAVAILABLE_CLASS_NAMES.contains(failure.getClass().getName())) {
			return true;
		}
		// HikariCP's answer on a connection it closed because the server went away
		// (no SQLState), e.g. when a transaction is rolled back after the server died.
		if (failure instanceof SQLException sql && "Connection is closed".equals(sql.getMessage())) {
			return true;
		}
		if (failure instanceof SQLException sql && sql.getSQLState() != null) {
			String state = sql.getSQLState();
			return state.startsWith("08") || UNAVAILABLE_STATES.contains(state);
		}
		return false;
	}

	private static Throwable next(Throwable failure) {
		if (failure instanceof SQLException sql && sql.getNextException() != null && failure.getCause() == null) {
			return sql.getNextException();
		}
		return failure.getCause();
	}

}
