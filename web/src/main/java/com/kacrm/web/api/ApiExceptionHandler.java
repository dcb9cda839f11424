package com.kacrm.web.api;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.kacrm.domain.approval.ApprovalConflict;
import com.kacrm.domain.approval.ApprovalRequest;
import com.kacrm.domain.opportunity.GateClosed;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.lead.DuplicateSuspectedException;
import com.kacrm.persistence.shared.ConcurrentEditException;
import com.kacrm.persistence.shared.NotPermittedException;
import com.kacrm.persistence.shared.RecordNotFoundException;
import com.kacrm.persistence.shared.UnsupportedSortException;
import com.kacrm.web.shared.DatabaseOutage;
import com.kacrm.web.shared.DisplayTime;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of the JSON API as RFC 9457 problem details; it comes before the advice of the
 * screens, which answer with pages and redirects. Unexpected errors are logged with the
 * request's correlation id and answered without any internal detail.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final MessageSource messages;

	private final DisplayTime displayTime;

	ApiExceptionHandler(MessageSource messages, @Value("${crm.display-time-zone:Asia/Shanghai}") ZoneId zone) {
		this.messages = messages;
		this.displayTime = new DisplayTime(zone);
	}

	/**
	 * A change the business rules refuse: 422 with each violation's field, code and
	 * message in the caller's language.
	 */
	@ExceptionHandler(ChangeRejected.class)
	ProblemDetail rejected(ChangeRejected ex, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				"The change breaks the rules named in 'violations'; nothing was changed.");
		problem.setTitle("Change rejected");
		problem.setProperty("violations",
				ex.violations()
					.stream()
					.map((v) -> Map.of("field", (v.field() != null) ? v.field() : "", "code", v.messageKey(), "message",
							this.messages.getMessage(v.messageKey(), v.arguments().toArray(), v.messageKey(), locale)))
					.toList());
		return problem;
	}

	/**
	 * A lead whose name matches existing leads or accounts (查重): 409 with the matches
	 * (records the caller may not open without their id); send again with
	 * {@code duplicatesConfirmed} to register it anyway.
	 */
	@ExceptionHandler(DuplicateSuspectedException.class)
	ProblemDetail duplicate(DuplicateSuspectedException ex, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Possible duplicate of the records in 'matches'; nothing was saved. "
						+ "Send again with duplicatesConfirmed=true if it is a different customer.");
		problem.setTitle("Possible duplicate");
		problem.setProperty("matches", ex.matches().stream().map((match) -> {
			Map<String, Object> shown = new java.util.LinkedHashMap<>();
			shown.put("kind", match.kind());
			shown.put("id", match.visible() ? match.id() : null);
			shown.put("number", match.number());
			shown.put("name", match.name());
			shown.put("where", match.where().in(locale));
			return shown;
		}).toList());
		return problem;
	}

	/**
	 * A move forward through a closed milestone gate: 409 naming the milestone and
	 * listing its mandatory checklist items not done ({@code unmet}: id, Chinese and
	 * English text, the automatic rule or null for a manual item); nothing was changed.
	 */
	@ExceptionHandler(GateClosed.class)
	ProblemDetail gateClosed(GateClosed ex, Locale locale) {
		String name = this.messages.getMessage("milestone." + ex.milestone().position(), null, ex.milestone().name(),
				locale);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Milestone " + ex.milestone().position() + " " + ex.milestone().name() + " (" + name + ") has "
						+ ex.unmet().size() + " mandatory checklist item(s) not done, listed in 'unmet'; "
						+ "nothing was changed.");
		problem.setTitle("Milestone gate closed");
		problem.setProperty("milestone", ex.milestone().name());
		problem.setProperty("unmet", ex.unmet().stream().map((item) -> {
			Map<String, Object> shown = new java.util.LinkedHashMap<>();
			shown.put("id", item.getId());
			shown.put("text", item.getTextZh());
			shown.put("textEn", item.getTextEn());
			shown.put("rule", (item.getAutomaticRule() != null) ? item.getAutomaticRule().name() : null);
			return shown;
		}).toList());
		return problem;
	}

	/**
	 * An action on a 立项 request that its status no longer allows (decided, withdrawn or
	 * submitted meanwhile — e.g. a second manager deciding a moment after the first): 409
	 * saying who took it to which status and when ({@code status}, {@code actor},
	 * {@code at}, {@code comment}); nothing was changed.
	 */
	@ExceptionHandler(ApprovalConflict.class)
	ProblemDetail approvalConflict(ApprovalConflict ex, Locale locale) {
		String detail = this.messages.getMessage("approval.conflict." + ex.status().name(),
				new Object[] { ex.lastActorName(), this.displayTime.format(ex.lastActedAt()) }, ex.getMessage(),
				locale);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
		problem.setTitle("Approval request no longer allows this");
		problem.setProperty("status", ex.status().name());
		problem.setProperty("actor", ex.lastActorName());
		problem.setProperty("at", (ex.lastActedAt() != null) ? ex.lastActedAt().toString() : null);
		problem.setProperty("comment", ex.lastComment());
		return problem;
	}

	@ExceptionHandler(RecordNotFoundException.class)
	ProblemDetail notFound() {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such record, or you may not see it.");
	}

	@ExceptionHandler({ ConcurrentEditException.class, ObjectOptimisticLockingFailureException.class,
			jakarta.persistence.OptimisticLockException.class, DataIntegrityViolationException.class })
	ProblemDetail conflict() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Someone else changed the record first; read it again and repeat the change.");
		problem.setTitle("Concurrent edit");
		return problem;
	}

	@ExceptionHandler(UnsupportedSortException.class)
	ProblemDetail unsupportedSort(UnsupportedSortException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Cannot sort by '" + ex.getProperty() + "'.");
		problem.setTitle("Unsupported sort");
		problem.setProperty("supportedSort", List.copyOf(ex.getSupported()));
		return problem;
	}

	@ExceptionHandler({ AccessDeniedException.class, NotPermittedException.class, ApprovalRequest.NotTheRequester.class,
			ApprovalRequest.OwnRequest.class })
	ProblemDetail accessDenied() {
		return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "You may not do this.");
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex, HttpServletResponse response) {
		if (DatabaseOutage.isCause(ex)) {
			// PostgreSQL down or restarting: a quick 503 the client may retry, not a 500.
			log.warn("Database unavailable: {}", ex.toString());
			DatabaseOutage.prepare(response);
			return DatabaseOutage.problem();
		}
		log.error("Unexpected error in the API", ex);
		return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"The request could not be completed. Quote the X-Request-Id header when reporting it.");
	}

}
