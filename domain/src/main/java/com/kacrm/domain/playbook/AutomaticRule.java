package com.kacrm.domain.playbook;

/**
 * What in the data satisfies an {@link Satisfaction#AUTOMATIC automatic} checklist item.
 * The rules are evaluated by the features that own the data (leads, activities, approval,
 * opportunities); the playbook only names them.
 */
public enum AutomaticRule {

	/** The account is on the lead sheet JTF001 (客户线索汇总表). */
	ON_LEAD_SHEET,

	/** At least one sales visit (销售拜访) is logged for the deal. */
	VISIT_LOGGED,

	/** Someone in the deal's buying centre is identified with a role (经手人士 found). */
	CONTACT_IDENTIFIED,

	/** The deal's 项目立项申请表 is approved. */
	INITIATION_APPROVED,

	/** The development team (大客户开拓小组) is recorded on the deal. */
	TEAM_FORMED,

	/** Every key buying role of the org chart is identified with its attitude. */
	KEY_ROLES_IDENTIFIED,

	/**
	 * A technical seminar, demonstration, site visit or executive visit is logged for the
	 * deal.
	 */
	DEEP_CONTACT_ACTIVITY_LOGGED,

	/** The opportunity assessment 是否我的商机 is passed. */
	ASSESSMENT_PASSED,

	/** The contract is recorded with its amount and signing date. */
	CONTRACT_RECORDED,

	/** Payment (回款) is recorded against the contract. */
	PAYMENT_RECORDED,

	/**
	 * A phone invitation (电话邀约) logged on the deal got through the manual's first step,
	 * 自我介绍 (who I am, whom I work for, what I offer).
	 */
	PHONE_INTRODUCTION_DONE,

	/**
	 * A phone invitation logged on the deal got through the second step, 晓之以利 (our
	 * services, how we helped similar companies, what they gained).
	 */
	PHONE_BENEFIT_DONE,

	/**
	 * A phone invitation logged on the deal closed with an appointment (以约会收尾: time,
	 * place and contact confirmed), which planned the visit.
	 */
	PHONE_APPOINTMENT_MADE

}
