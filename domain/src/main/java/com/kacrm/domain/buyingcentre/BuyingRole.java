package com.kacrm.domain.buyingcentre;

/**
 * A person's role in one deal's buying decision (决策人分析), with the manual's symbols: ※
 * final approver (最后批准), + decision maker (决策制定), = evaluator of the solution (方案评估), −
 * end user (最终用户); and the purchaser (采购者), initiator (发起人) and influencer (影响者), who
 * have no symbol.
 */
public enum BuyingRole {

	FINAL_APPROVER("※"), DECISION_MAKER("+"), EVALUATOR("="), END_USER("−"), PURCHASER(null), INITIATOR(null),
	INFLUENCER(null);

	private final String symbol;

	BuyingRole(String symbol) {
		this.symbol = symbol;
	}

	/** The manual's symbol, or null for roles without one. */
	public String symbol() {
		return this.symbol;
	}

	/** Whether the coverage panel expects someone in this role on every deal. */
	public boolean isKey() {
		return this.symbol != null;
	}

}
