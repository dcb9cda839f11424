package com.kacrm.web.swot;

import java.time.LocalDate;

import com.kacrm.domain.swot.SwotContent;

import org.springframework.format.annotation.DateTimeFormat;

/** A new SWOT of an account: its date (today by default) and the four quadrants. */
public class SwotForm {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate assessedOn;

	private String strengths;

	private String weaknesses;

	private String opportunities;

	private String threats;

	static SwotForm datedOn(LocalDate today) {
		SwotForm form = new SwotForm();
		form.assessedOn = today;
		return form;
	}

	SwotContent content() {
		return new SwotContent(this.strengths, this.weaknesses, this.opportunities, this.threats);
	}

	public LocalDate getAssessedOn() {
		return this.assessedOn;
	}

	public void setAssessedOn(LocalDate assessedOn) {
		this.assessedOn = assessedOn;
	}

	public String getStrengths() {
		return this.strengths;
	}

	public void setStrengths(String strengths) {
		this.strengths = strengths;
	}

	public String getWeaknesses() {
		return this.weaknesses;
	}

	public void setWeaknesses(String weaknesses) {
		this.weaknesses = weaknesses;
	}

	public String getOpportunities() {
		return this.opportunities;
	}

	public void setOpportunities(String opportunities) {
		this.opportunities = opportunities;
	}

	public String getThreats() {
		return this.threats;
	}

	public void setThreats(String threats) {
		this.threats = threats;
	}

}
