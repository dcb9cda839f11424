package com.kacrm.persistence.buyingcentre;

import java.util.List;

import com.kacrm.domain.buyingcentre.Coverage;
import com.kacrm.domain.buyingcentre.Coverage.Finding;
import com.kacrm.domain.buyingcentre.Coverage.RoleCoverage;

/**
 * The coverage panel of one deal's buying centre: each key role (※ + = −) with who holds
 * it and their best support, the warnings (critical first) and how many people the buying
 * centre counts.
 *
 * @param complete whether every key role is held and nothing is critical
 */
public record CoverageView(long opportunityId, String opportunityName, List<RoleCoverage> roles, List<Finding> findings,
		int memberCount, boolean complete) {

	public CoverageView {
		roles = List.copyOf(roles);
		findings = List.copyOf(findings);
	}

	/** The coverage of {@code members} (those who left do not count). */
	public static CoverageView of(long opportunityId, String opportunityName, List<BuyingCentreMemberRow> members) {
		Coverage coverage = Coverage.of(members.stream().map(BuyingCentreMemberRow::seat).toList());
		return new CoverageView(opportunityId, opportunityName, coverage.roles(), coverage.findings(),
				coverage.counted(), coverage.isComplete());
	}

	/** Whether any warning puts the deal at risk. */
	public boolean hasCritical() {
		return this.findings.stream().anyMatch((finding) -> finding.warning().isCritical());
	}

}
