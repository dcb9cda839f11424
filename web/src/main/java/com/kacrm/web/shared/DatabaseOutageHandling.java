package com.kacrm.web.shared;

import java.io.IOException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * A screen whose database is down or restarting answers the translated 503 page ("the
 * database is temporarily unavailable, try again shortly") with {@code Retry-After},
 * within the connection pool's timeout of a couple of seconds, instead of a 500. Spring
 * matches these types anywhere in the cause chain; failures that arrive otherwise wrapped
 * reach the error page through the container and get the same answer there
 * ({@link CrmErrorController}). The API has its own answer in its exception handler.
 */
@ControllerAdvice
class DatabaseOutageHandling {

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutageHandling.class);

	@ExceptionHandler({ CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
			SQLTransientConnectionException.class, SQLNonTransientConnectionException.class })
	void databaseUnavailable(Exception ex, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		log.warn("Database unavailable: {}", ex.toString());
		DatabaseOutage.sendErrorPage(request, response);
	}

}
