package com.kacrm.web.shared;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error the container forwards to {@code /error}: translated pages for people (403,
 * 404, 500, 503 when the database is unavailable and a general one), RFC 9457 problem
 * details for the API and other JSON clients. Never a stack trace or an exception
 * message. An exception that reached the container because the database is down becomes a
 * 503 with {@code Retry-After} ({@link DatabaseOutage}), not a 500.
 */
@Controller
class CrmErrorController implements ErrorController {

	private static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

	@RequestMapping(path = "/error", produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView page(HttpServletRequest request, HttpServletResponse response) {
		HttpStatus status = status(request, response);
		ModelAndView page = new ModelAndView("error/error",
				Map.of("status", status.value(), "errorKind", errorKind(status)));
		page.setStatus(status);
		return page;
	}

	@RequestMapping("/error")
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request, HttpServletResponse response) {
		HttpStatus status = status(request, response);
		ProblemDetail problem = DatabaseOutage.isErrorDispatchFor(request) ? DatabaseOutage.problem()
				: ProblemDetail.forStatus(status);
		Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (path instanceof String uri) {
			problem.setInstance(java.net.URI.create(uri.replaceAll("[^A-Za-z0-9/_.~-]", "")));
		}
		return ResponseEntity.status(status).contentType(PROBLEM_JSON).body(problem);
	}

	/**
	 * Which translated explanation the page shows: {@code error.<kind>.title} and
	 * {@code error.<kind>.text}.
	 */
	private static String errorKind(HttpStatus status) {
		return switch (status.value()) {
			case 403 -> "forbidden";
			case 404 -> "notFound";
			case 503 -> "unavailable";
			default -> status.is5xxServerError() ? "serverError" : "general";
		};
	}

	private static HttpStatus status(HttpServletRequest request, HttpServletResponse response) {
		if (DatabaseOutage.isErrorDispatchFor(request)) {
			DatabaseOutage.prepare(response);
			return HttpStatus.SERVICE_UNAVAILABLE;
		}
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return (status != null) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
