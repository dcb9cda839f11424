package com.kacrm.web.opportunity;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import com.kacrm.domain.activity.ActivityType;
import com.kacrm.persistence.activity.NewActivity;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A call or visit to log on a deal: its type (a sales visit by default), when it took
 * place in the company's time zone (now by default), the customer's people met and what
 * happened.
 */
public class ActivityForm {

	private ActivityType type;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME, fallbackPatterns = { "yyyy-MM-dd'T'HH:mm" })
	private LocalDateTime occurredAt;

	private List<Long> contactIds = new ArrayList<>();

	private String summary;

	/** A sales visit at {@code now}, the company time zone's local time. */
	static ActivityForm visitNow(LocalDateTime now) {
		ActivityForm form = new ActivityForm();
		form.type = ActivityType.SALES_VISIT;
		form.occurredAt = now.truncatedTo(ChronoUnit.MINUTES);
		return form;
	}

	/** The activity for deal {@code opportunityId} of account {@code accountId}. */
	NewActivity activity(long accountId, long opportunityId, ZoneId zone) {
		return new NewActivity(accountId, opportunityId, this.type,
				(this.occurredAt != null) ? this.occurredAt.atZone(zone).toInstant() : null, this.summary,
				this.contactIds);
	}

	public ActivityType getType() {
		return this.type;
	}

	public void setType(ActivityType type) {
		this.type = type;
	}

	public LocalDateTime getOccurredAt() {
		return this.occurredAt;
	}

	public void setOccurredAt(LocalDateTime occurredAt) {
		this.occurredAt = occurredAt;
	}

	public List<Long> getContactIds() {
		return this.contactIds;
	}

	public void setContactIds(List<Long> contactIds) {
		this.contactIds = (contactIds != null) ? contactIds : new ArrayList<>();
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

}
