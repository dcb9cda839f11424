package com.kacrm.web.idempotency;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Gives every rendered form that posts a fresh hidden
 * {@value IdempotencyFilter#FORM_FIELD} field (a random UUID), next to the fields of the
 * processor it wraps (Spring Security's CSRF token): a double click or a back-button
 * re-post of that form sends the same value, and {@link IdempotencyFilter} runs it once.
 * Thymeleaf asks for the hidden fields of each {@code th:action} form right after
 * announcing its method, as the CSRF processor relies on too; GET forms get no field.
 */
class SubmissionFieldProcessor implements RequestDataValueProcessor {

	private static final String POSTS = SubmissionFieldProcessor.class.getName() + ".posts";

	private final RequestDataValueProcessor delegate;

	SubmissionFieldProcessor(RequestDataValueProcessor delegate) {
		this.delegate = delegate;
	}

	@Override
	public String processAction(HttpServletRequest request, String action, String httpMethod) {
		boolean posts = httpMethod != null && !"get".equals(httpMethod.toLowerCase(Locale.ROOT));
		request.setAttribute(POSTS, posts);
		return (this.delegate != null) ? this.delegate.processAction(request, action, httpMethod) : action;
	}

	@Override
	public String processFormFieldValue(HttpServletRequest request, String name, String value, String type) {
		return (this.delegate != null) ? this.delegate.processFormFieldValue(request, name, value, type) : value;
	}

	@Override
	public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
		boolean posts = Boolean.TRUE.equals(request.getAttribute(POSTS));
		request.removeAttribute(POSTS);
		Map<String, String> fields = new LinkedHashMap<>();
		if (this.delegate != null) {
			Map<String, String> delegated = this.delegate.getExtraHiddenFields(request);
			if (delegated != null) {
				fields.putAll(delegated);
			}
		}
		if (posts) {
			fields.put(IdempotencyFilter.FORM_FIELD, UUID.randomUUID().toString());
		}
		return fields;
	}

	@Override
	public String processUrl(HttpServletRequest request, String url) {
		return (this.delegate != null) ? this.delegate.processUrl(request, url) : url;
	}

}
