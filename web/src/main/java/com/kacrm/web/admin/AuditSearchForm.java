package com.kacrm.web.admin;

import java.time.LocalDate;
import java.time.ZoneOffset;

import com.kacrm.domain.audit.AuditAction;
import com.kacrm.persistence.audit.AuditQuery;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The audit search's query parameters, kept in the URL. Dates are UTC days, as the trail
 * records UTC; {@code to} is inclusive.
 */
public class AuditSearchForm {

	@Size(max = 100, message = "{audit.search.tooLong}")
	private String actor;

	private AuditAction action;

	@Size(max = 64, message = "{audit.search.tooLong}")
	private String subjectType;

	@Positive(message = "{audit.search.positive}")
	private Long subjectId;

	@Size(max = 200, message = "{audit.search.tooLong}")
	private String text;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate to;

	@Positive(message = "{audit.search.positive}")
	private Long before;

	AuditQuery toQuery() {
		return new AuditQuery(this.actor, this.action, this.subjectType, this.subjectId, this.text,
				(this.from != null) ? this.from.atStartOfDay(ZoneOffset.UTC).toInstant() : null,
				(this.to != null) ? this.to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant() : null, this.before);
	}

	public String getActor() {
		return this.actor;
	}

	public void setActor(String actor) {
		this.actor = actor;
	}

	public AuditAction getAction() {
		return this.action;
	}

	public void setAction(AuditAction action) {
		this.action = action;
	}

	public String getSubjectType() {
		return this.subjectType;
	}

	public void setSubjectType(String subjectType) {
		this.subjectType = subjectType;
	}

	public Long getSubjectId() {
		return this.subjectId;
	}

	public void setSubjectId(Long subjectId) {
		this.subjectId = subjectId;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public LocalDate getFrom() {
		return this.from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getTo() {
		return this.to;
	}

	public void setTo(LocalDate to) {
		this.to = to;
	}

	public Long getBefore() {
		return this.before;
	}

	public void setBefore(Long before) {
		this.before = before;
	}

}
