package com.kacrm.web.activity;

import com.kacrm.domain.activity.PhoneSteps;

/** The three steps of the manual's phone invitation the call got through. */
public class StepsForm {

	private boolean introduction;

	private boolean benefit;

	private boolean appointment;

	static StepsForm of(PhoneSteps steps) {
		StepsForm form = new StepsForm();
		if (steps != null) {
			form.introduction = steps.introduction();
			form.benefit = steps.benefit();
			form.appointment = steps.appointment();
		}
		return form;
	}

	PhoneSteps steps() {
		return new PhoneSteps(this.introduction, this.benefit, this.appointment);
	}

	public boolean isIntroduction() {
		return this.introduction;
	}

	public void setIntroduction(boolean introduction) {
		this.introduction = introduction;
	}

	public boolean isBenefit() {
		return this.benefit;
	}

	public void setBenefit(boolean benefit) {
		this.benefit = benefit;
	}

	public boolean isAppointment() {
		return this.appointment;
	}

	public void setAppointment(boolean appointment) {
		this.appointment = appointment;
	}

}
