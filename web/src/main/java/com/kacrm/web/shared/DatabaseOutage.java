package com.kacrm.web.shared;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.CannotCreateTransactionException;

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
	 * Answers a screen request with the translated 503 page through the container's error
	 * forwarding.
	 */
	public static void sendErrorPage(HttpServletRequest request, HttpServletResponse response) throws IOException {
		request.setAttribute(MARKER, Boolean.TRUE);
		prepare(response);
		response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
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
