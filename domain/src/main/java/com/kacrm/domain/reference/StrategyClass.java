package com.kacrm.domain.reference;

/**
 * The manual's three industry classes and the marketing strategy each calls for. The
 * strategy texts shown to reps are message keys
 * ({@code strategyClass.MAINSTREAM.strategy}), so they follow the user's language.
 */
public enum StrategyClass {

	/** 主流行业: 重点进攻、大力发展. */
	MAINSTREAM,

	/** 次主流行业: 选择市场、提升潜力. */
	SECONDARY,

	/** 非主流行业: 顺其自然、选择进攻. */
	NON_MAINSTREAM

}
