package com.kacrm.web.lead;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * An upload larger than {@code spring.servlet.multipart.max-file-size} fails before any
 * controller is chosen, so only an advice sees it: the import form says so in the user's
 * language, the API answers 413 with the limit.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class LeadImportUploadAdvice {

	private final LeadImportLimits limits;

	private final MessageSource messages;

	/** Screens tested alone (web slices) run without the import's configuration. */
	LeadImportUploadAdvice(ObjectProvider<LeadImportLimits> limits, MessageSource messages) {
		this.limits = limits.getIfAvailable(LeadImportLimits::defaults);
		this.messages = messages;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(HttpServletRequest request, Locale locale) {
		Object[] arguments = { this.limits.maxUploadSize().toMegabytes() };
		if (requestedUri(request).startsWith(request.getContextPath() + "/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
					this.messages.getMessage("leadImport.unreadable.tooLarge", arguments, locale));
			problem.setTitle("File too large");
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
		}
		RequestContextUtils.getOutputFlashMap(request).put("flashError", "leadImport.tooLargeUpload");
		return "redirect:/leads/import";
	}

	/**
	 * The address the client asked for. Behind a real server the limit can first be hit
	 * where no advice applies (the status is sent as an error), and this advice answers
	 * the error page's dispatch, whose own address is {@code /error}: an API client must
	 * still get its 413 problem, not the screen's redirect.
	 */
	private static String requestedUri(HttpServletRequest request) {
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return (original instanceof String uri) ? uri : request.getRequestURI();
	}

}
