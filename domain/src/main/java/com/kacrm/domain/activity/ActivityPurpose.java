package com.kacrm.domain.activity;

/**
 * Why one meets the customer, in the manual's words (客户交往活动的目的). An activity may serve
 * several. Each names its message key {@code activity.purpose.<NAME>}.
 */
public enum ActivityPurpose {

	/** 融洽关系的建立: build rapport. */
	RAPPORT,

	/** 项目信息的挖掘: dig for information about the project. */
	INFORMATION,

	/** 竞争优势的加强: strengthen our position against the competitors. */
	COMPETITIVE_EDGE,

	/** 推动项目前进: move the project on. */
	ADVANCE_PROJECT

}
