package com.kacrm.web.activity;

import java.time.LocalDateTime;
import java.time.ZoneId;

import com.kacrm.domain.activity.Appointment;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The appointment a phone invitation closed with (以约会收尾): when, where, whom to meet and
 * what for, in the company's time zone.
 */
public class AppointmentForm {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME, fallbackPatterns = { "yyyy-MM-dd'T'HH:mm" })
	private LocalDateTime at;

	private String place;

	private Long contactId;

	private String objective;

	Appointment appointment(ZoneId zone) {
		return new Appointment((this.at != null) ? this.at.atZone(zone).toInstant() : null, this.place, this.contactId,
				this.objective);
	}

	public LocalDateTime getAt() {
		return this.at;
	}

	public void setAt(LocalDateTime at) {
		this.at = at;
	}

	public String getPlace() {
		return this.place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public Long getContactId() {
		return this.contactId;
	}

	public void setContactId(Long contactId) {
		this.contactId = contactId;
	}

	public String getObjective() {
		return this.objective;
	}

	public void setObjective(String objective) {
		this.objective = objective;
	}

}
