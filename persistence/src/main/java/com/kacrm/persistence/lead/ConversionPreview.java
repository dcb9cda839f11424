package com.kacrm.persistence.lead;

import java.math.BigDecimal;
import java.util.List;

import com.kacrm.domain.reference.Tier;
import com.kacrm.domain.shared.LocalizedName;

/**
 * What converting a lead will create, shown before the user confirms: the account's data
 * carried from the lead, its team and owner, and the duplicate check (查重) of the name.
 *
 * @param tier the class the account starts with: the lead's when set by hand, else the
 * one the current criteria propose
 * @param team the account's team; null when the user has no team in the lead's region
 * (then {@code teamProblem} names the reason and the lead cannot be converted by them)
 * @param accountMatches existing accounts with the same name key: converting needs the
 * user's confirmation that the lead is another customer
 * @param leadMatches other leads with the same name key, for information
 * @param convertedAccountId the account a converted lead became; the rest is then empty
 */
public record ConversionPreview(long leadId, long version, String number, String customerName, LocalizedName region,
		LocalizedName industry, Integer industryRank, BigDecimal annualRevenue, Tier tier, boolean tierSetByHand,
		LocalizedName source, String contactHint, String notes, LocalizedName team, String ownerName,
		String teamProblem, String defaultOpportunityName, List<DuplicateMatch> accountMatches,
		List<DuplicateMatch> leadMatches, Long convertedAccountId, Long convertedOpportunityId) {

	public boolean converted() {
		return this.convertedAccountId != null;
	}

	public boolean duplicateAccounts() {
		return !this.accountMatches.isEmpty();
	}

}
