package com.kacrm.domain.expense;

/**
 * The kinds of sales expense (销售费用) SPEC 6 names: business entertainment (业务招待), travel
 * (差旅), samples (样品), events and meetings (活动会议), and anything else.
 */
public enum ExpenseType {

	ENTERTAINMENT, TRAVEL, SAMPLES, EVENTS, OTHER

}
