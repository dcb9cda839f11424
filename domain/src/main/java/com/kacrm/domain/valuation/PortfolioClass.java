package com.kacrm.domain.valuation;

/**
 * The manual's five portfolio classes of customers by contribution (seed 001,
 * "客户市场-贡献分析最常见的五种组合"), each with its recommended actions: 看好肥羊, 盯紧驯鹿, 养好猎狗 —
 * "如果把握住机会,猎狗会变成驯鹿" — and not too much attention for 野兔 and 硕鼠.
 */
public enum PortfolioClass {

	/** 肥羊: high current and high potential value; 看好, consolidate. */
	FAT_SHEEP(RecommendedAction.CONSOLIDATE),

	/** 驯鹿: high current, lower potential value; 盯紧, harvest. */
	REINDEER(RecommendedAction.HARVEST),

	/** 猎狗: low current, high potential value; 养好, invest — it can grow into a 驯鹿. */
	HOUND(RecommendedAction.INVEST),

	/** 野兔: small now and later; served opportunistically. */
	HARE(RecommendedAction.MAINTAIN),

	/** 硕鼠: costs more than it brings, e.g. loss-making or in arrears. */
	RAT(RecommendedAction.CONTAIN);

	private final RecommendedAction recommendedAction;

	PortfolioClass(RecommendedAction recommendedAction) {
		this.recommendedAction = recommendedAction;
	}

	public RecommendedAction recommendedAction() {
		return this.recommendedAction;
	}

}
