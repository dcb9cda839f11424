package com.kacrm.domain.opportunity;

/**
 * Why a deal was lost, by category, for the win/loss report; the deal keeps the reason in
 * words beside it.
 */
public enum LossReason {

	/** 价格: the price was too high or the terms too hard. */
	PRICE,

	/** 产品不符: our product or solution did not fit the need. */
	PRODUCT_FIT,

	/** 输给竞争对手: a competitor won it. */
	COMPETITOR,

	/** 关系不到位: we lacked the relationship with the deciders. */
	RELATIONSHIP,

	/** 预算: the customer had no budget. */
	BUDGET,

	/** 时机: the timing was wrong; the project moved. */
	TIMING,

	/** 客户未决策: the customer decided nothing. */
	NO_DECISION,

	/** 其他. */
	OTHER

}
