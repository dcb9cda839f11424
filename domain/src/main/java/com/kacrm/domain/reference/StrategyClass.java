package com.kacrm.domain.reference;

/**
 * The manual's three industry classes and the marketing strategy each calls for. Each
 * industry keeps its own strategy text ({@link StrategyText}), which starts as the
 * manual's text of its class given here.
 */
public enum StrategyClass {

	/** 主流行业: 重点进攻、大力发展. */
	MAINSTREAM("重点进攻、大力发展", "Attack and develop strongly"),

	/** 次主流行业: 选择市场、提升潜力. */
	SECONDARY("选择市场、提升潜力", "Choose markets, raise potential"),

	/** 非主流行业: 顺其自然、选择进攻. */
	NON_MAINSTREAM("顺其自然、选择进攻", "Opportunistic: attack selectively");

	private final String manualZh;

	private final String manualEn;

	StrategyClass(String manualZh, String manualEn) {
		this.manualZh = manualZh;
		this.manualEn = manualEn;
	}

	/** The manual's strategy for industries of this class (seed 000). */
	public StrategyText manualStrategy() {
		return new StrategyText(this.manualZh, this.manualEn);
	}

}
