package com.kacrm.web.api;

import java.util.List;

import com.kacrm.domain.buyingcentre.Attitude;
import com.kacrm.domain.buyingcentre.BuyingRole;
import com.kacrm.domain.buyingcentre.Support;
import com.kacrm.domain.contact.ContactLevel;
import com.kacrm.persistence.orgchart.OrgChart;
import com.kacrm.persistence.orgchart.OrgChartEdge;
import com.kacrm.persistence.orgchart.OrgChartNode;
import com.kacrm.persistence.orgchart.OrgChartService;
import com.kacrm.web.shared.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An account's org chart (组织结构-影响关系图) for other systems: its active people with level and
 * relationship depth and, with {@code ?opportunity=}, their buying role, attitude and
 * support on that deal; and the lines between them, typed {@code REPORTING} (manager →
 * report) or {@code INFLUENCE} (who influences → who is influenced). 404 for an account
 * the caller does not see or a deal not of the account.
 */
@RestController
class OrgChartApiController {

	private final OrgChartService charts;

	OrgChartApiController(OrgChartService charts) {
		this.charts = charts;
	}

	@GetMapping("/api/v1/accounts/{id}/org-chart")
	OrgChartResource show(@PathVariable long id, @RequestParam(required = false) Long opportunity,
			@AuthenticationPrincipal CurrentUser user) {
		OrgChart chart = this.charts.chart(id, opportunity, user.viewer());
		return new OrgChartResource(chart.nodes().stream().map(NodeResource::of).toList(),
				chart.edges().stream().map(EdgeResource::of).toList());
	}

	record OrgChartResource(List<NodeResource> nodes, List<EdgeResource> edges) {
	}

	/**
	 * One person; {@code reportsTo} is the manager's id; {@code role},
	 * {@code roleSymbol}, {@code attitude} and {@code support} are null without a deal or
	 * a seat in its buying centre.
	 */
	record NodeResource(long id, String name, String title, String department, ContactLevel level, int depth,
			Integer targetDepth, Long reportsTo, BuyingRole role, String roleSymbol, Attitude attitude,
			Support support) {

		static NodeResource of(OrgChartNode node) {
			return new NodeResource(node.id(), node.name(), node.title(), node.department(), node.level(), node.depth(),
					node.targetDepth(), node.reportsToId(), node.role(), node.roleSymbol(), node.attitude(),
					node.support());
		}

	}

	/**
	 * One line: {@code from} and {@code to} are contact ids; notes only on influence
	 * lines.
	 */
	record EdgeResource(OrgChartEdge.Type type, long from, long to, String note) {

		static EdgeResource of(OrgChartEdge edge) {
			return new EdgeResource(edge.type(), edge.from(), edge.to(), edge.note());
		}

	}

}
