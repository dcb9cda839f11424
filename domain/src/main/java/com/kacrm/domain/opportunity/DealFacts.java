package com.kacrm.domain.opportunity;

import com.kacrm.domain.playbook.AutomaticRule;

/**
 * What the data says about one deal, as far as the automatic checklist items
 * ({@link AutomaticRule}) read it. The features that own the data gather the facts; the
 * rule of each item is here.
 *
 * @param onLeadSheet the account came from, or is on, the lead sheet JTF001
 * @param visitsLogged how many visits (face-to-face activities) are logged on the deal
 * @param contactsIdentified how many people still at the customer have a role in the
 * deal's buying centre
 * @param initiationApproved the deal's 项目立项申请表 is approved
 * @param teamMembers how many people are on the deal's 大客户开拓小组
 * @param keyRolesIdentified every key buying role (※ + = −) is held by someone still at
 * the customer, each with their support known
 * @param deepContactActivityLogged a technical seminar, demonstration, site visit or
 * executive visit is logged on the deal
 * @param assessmentPassed the latest opportunity assessment 是否我的商机 passed
 * @param contractRecorded the contract's amount and signing date are recorded
 * @param paymentsRecorded how many payments (回款) are recorded
 * @param phoneIntroductionDone a phone invitation logged on the deal got through the
 * manual's first step (自我介绍)
 * @param phoneBenefitDone one got through the second step (晓之以利)
 * @param appointmentMade one closed with an appointment (以约会收尾), which planned a visit
 */
public record DealFacts(boolean onLeadSheet, int visitsLogged, int contactsIdentified, boolean initiationApproved,
		int teamMembers, boolean keyRolesIdentified, boolean deepContactActivityLogged, boolean assessmentPassed,
		boolean contractRecorded, int paymentsRecorded, boolean phoneIntroductionDone, boolean phoneBenefitDone,
		boolean appointmentMade) {

	/** A deal nothing is known about yet. */
	public static final DealFacts NONE = new DealFacts(false, 0, 0, false, 0, false, false, false, false, 0, false,
			false, false);

	/** Whether the data satisfies {@code rule}. */
	public boolean satisfies(AutomaticRule rule) {
		return switch (rule) {
			case ON_LEAD_SHEET -> this.onLeadSheet;
			case VISIT_LOGGED -> this.visitsLogged > 0;
			case CONTACT_IDENTIFIED -> this.contactsIdentified > 0;
			case INITIATION_APPROVED -> this.initiationApproved;
			case TEAM_FORMED -> this.teamMembers > 0;
			case KEY_ROLES_IDENTIFIED -> this.keyRolesIdentified;
			case DEEP_CONTACT_ACTIVITY_LOGGED -> this.deepContactActivityLogged;
			case ASSESSMENT_PASSED -> this.assessmentPassed;
			case CONTRACT_RECORDED -> this.contractRecorded;
			case PAYMENT_RECORDED -> this.paymentsRecorded > 0;
			case PHONE_INTRODUCTION_DONE -> this.phoneIntroductionDone;
			case PHONE_BENEFIT_DONE -> this.phoneBenefitDone;
			case PHONE_APPOINTMENT_MADE -> this.appointmentMade;
		};
	}

}
