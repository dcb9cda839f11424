package com.kacrm.web.audit;

import java.util.regex.Pattern;

import com.kacrm.domain.audit.AuditAction;
import com.kacrm.domain.shared.Actor;
import com.kacrm.persistence.audit.AuditActorSource;
import com.kacrm.persistence.audit.AuditTrailService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Records every export that was delivered: spreadsheets ({@code .xlsx}), calendar feeds
 * ({@code .ics}) and CSV, with the path and query that say what was exported. The secret
 * of a calendar feed's address is not written down.
 */
class ExportAuditInterceptor implements HandlerInterceptor {

	static final Pattern EXPORT_PATH = Pattern.compile(".*\\.(xlsx|ics|csv)$");

	private static final Pattern FEED_SECRET = Pattern.compile("^/calendar/[^/]+\\.ics$");

	private final AuditTrailService trail;

	private final AuditActorSource actors;

	ExportAuditInterceptor(AuditTrailService trail, AuditActorSource actors) {
		this.trail = trail;
		this.actors = actors;
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!"GET".equals(request.getMethod()) || ex != null || response.getStatus() != HttpServletResponse.SC_OK
				|| !EXPORT_PATH.matcher(path).matches()) {
			return;
		}
		String detail = FEED_SECRET.matcher(path).matches() ? "/calendar/***.ics"
				: path + ((request.getQueryString() != null) ? "?" + request.getQueryString() : "");
		Actor actor = this.actors.current().orElse(Actor.system("anonymous"));
		this.trail.record(AuditAction.EXPORT, actor, AuditAction.EXPORT_SUBJECT, null, detail);
	}

}
