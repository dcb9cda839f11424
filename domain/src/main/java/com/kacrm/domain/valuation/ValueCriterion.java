package com.kacrm.domain.valuation;

import java.util.Arrays;
import java.util.List;

/**
 * One criterion of the value assessment, scored 1–5 per account and weighted by the
 * admin. The order is the screen's order: edit forms list the weights in this order, so
 * {@link #ordinal()} is the row of a criterion in the form.
 */
public enum ValueCriterion {

	/** 年采购额: what the customer buys from us per year. */
	PURCHASE_VOLUME(ValueGroup.CURRENT),

	/** 利润贡献率: the margin the customer leaves us; score 1 means we lose money on it. */
	PROFIT_CONTRIBUTION(ValueGroup.CURRENT),

	/** 支付条件: credit period, payment discipline, arrears. */
	PAYMENT_TERMS(ValueGroup.CURRENT),

	/** 市场增长率: growth of the customer's own market. */
	MARKET_GROWTH(ValueGroup.POTENTIAL),

	/** 扩展业务机会: cross- and up-sell opportunities. */
	CROSS_UP_SELL(ValueGroup.POTENTIAL),

	/** 预算增长趋势: whether the customer's budget for our category grows. */
	BUDGET_TREND(ValueGroup.POTENTIAL),

	/** 行业影响力: reference value, "标杆效应与示范作用". */
	REFERENCE_VALUE(ValueGroup.STRATEGIC),

	/** 技术协同性: technical synergy with our products and development. */
	TECHNICAL_SYNERGY(ValueGroup.STRATEGIC);

	/** The lowest and highest score of a criterion. */
	public static final int MIN_SCORE = 1;

	public static final int MAX_SCORE = 5;

	private final ValueGroup group;

	ValueCriterion(ValueGroup group) {
		this.group = group;
	}

	public ValueGroup group() {
		return this.group;
	}

	/** The criteria of {@code group}, in screen order. */
	public static List<ValueCriterion> of(ValueGroup group) {
		return Arrays.stream(values()).filter((c) -> c.group == group).toList();
	}

}
