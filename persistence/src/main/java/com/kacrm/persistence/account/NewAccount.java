package com.kacrm.persistence.account;

import java.math.BigDecimal;

/**
 * A new account: its team, owner (may be null: in the public pool), industry and what the
 * tier rule needs (industry rank, annual revenue and purchase in 万元).
 */
public record NewAccount(String name, String teamCode, String ownerUsername, String industryCode, Integer industryRank,
		BigDecimal annualRevenue, BigDecimal annualPurchase) {

}
