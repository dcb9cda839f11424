package com.kacrm.domain.account;

/**
 * How the customer decides on purchases (决策模式): centrally at headquarters (集中决策), by its
 * plants or divisions (分散决策), or both by category or amount (混合决策). It tells the rep
 * where the final approver sits.
 */
public enum DecisionMode {

	CENTRALISED, DECENTRALISED, MIXED

}
