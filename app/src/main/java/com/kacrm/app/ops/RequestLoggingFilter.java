package com.kacrm.app.ops;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.slf4j.spi.LoggingEventBuilder;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a correlation id (the caller's {@code X-Request-Id} when it is a
 * sane token, a new UUID otherwise), puts it into every log line of the request (MDC
 * {@code requestId}) and into the response, and logs one structured line per request:
 * method, path, status, duration and user. Static assets are logged at debug level only.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestLoggingFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Request-Id";

	private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._-]{8,64}");

	private static final Logger log = LoggerFactory.getLogger("com.kacrm.http");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String requestId = requestId(request.getHeader(HEADER));
		long started = System.nanoTime();
		MDC.put("requestId", requestId);
		response.setHeader(HEADER, requestId);
		try {
			chain.doFilter(request, response);
			logRequest(request, response.getStatus(), started, null);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			// Logged here, while the correlation id is still known; the container then
			// shows the error page.
			logRequest(request, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, started, ex);
			throw ex;
		}
		finally {
			MDC.remove("requestId");
		}
	}

	private static void logRequest(HttpServletRequest request, int status, long started, Exception failure) {
		long millis = (System.nanoTime() - started) / 1_000_000;
		LoggingEventBuilder line = (failure != null) ? log.atError().setCause(failure)
				: isStaticAsset(request.getRequestURI()) ? log.atDebug() : log.atInfo();
		line.addKeyValue("method", request.getMethod())
			.addKeyValue("path", request.getRequestURI())
			.addKeyValue("status", status)
			.addKeyValue("durationMs", millis)
			.addKeyValue("user", request.getAttribute(RequestUserFilter.USER_ATTRIBUTE))
			.log("{} {} {} {}ms", request.getMethod(), request.getRequestURI(), status, millis);
	}

	static String requestId(String offered) {
		return (offered != null && SANE_ID.matcher(offered).matches()) ? offered : UUID.randomUUID().toString();
	}

	private static boolean isStaticAsset(String path) {
		return path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/")
				|| path.equals("/favicon.ico");
	}

}
