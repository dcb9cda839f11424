package com.kacrm.domain.activity;

/**
 * The three steps of the manual's phone invitation (电话邀约的步骤) that the call got through:
 * 自我介绍 (who I am, whom I work for, what I offer), 晓之以利 (our services, how we helped
 * similar companies, what they gained, that we can do the same for them) and 以约会收尾 (a
 * natural invitation, with time, place and contact confirmed).
 */
public record PhoneSteps(boolean introduction, boolean benefit, boolean appointment) {

	/**
	 * A call that got through none of the steps, and any activity but a phone invitation.
	 */
	public static final PhoneSteps NONE = new PhoneSteps(false, false, false);

	public boolean any() {
		return this.introduction || this.benefit || this.appointment;
	}

}
