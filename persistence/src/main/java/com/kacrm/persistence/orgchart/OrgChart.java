package com.kacrm.persistence.orgchart;

import java.util.List;

import com.kacrm.persistence.buyingcentre.CoverageView;
import com.kacrm.persistence.buyingcentre.OpportunityOption;

/**
 * An account's org chart (组织结构-影响关系图): its active people, reporting and influence lines,
 * the account's deals to choose from and, with a deal selected, each person's seat in its
 * buying centre and the deal's coverage.
 *
 * @param selectedOpportunityId the deal whose roles are shown; null when none is selected
 * @param coverage the selected deal's coverage; null when none is selected
 */
public record OrgChart(List<OrgChartNode> nodes, List<OrgChartEdge> edges, List<OpportunityOption> opportunities,
		Long selectedOpportunityId, CoverageView coverage) {

	public OrgChart {
		nodes = List.copyOf(nodes);
		edges = List.copyOf(edges);
		opportunities = List.copyOf(opportunities);
	}

	/** The influence lines only, e.g. to list them for removal. */
	public List<OrgChartEdge> influences() {
		return this.edges.stream().filter((edge) -> edge.type() == OrgChartEdge.Type.INFLUENCE).toList();
	}

	/** The selected deal, if any. */
	public OpportunityOption selectedOpportunity() {
		return this.opportunities.stream()
			.filter((option) -> Long.valueOf(option.id()).equals(this.selectedOpportunityId))
			.findFirst()
			.orElse(null);
	}

}
