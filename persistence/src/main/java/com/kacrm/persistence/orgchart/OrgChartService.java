package com.kacrm.persistence.orgchart;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.kacrm.persistence.buyingcentre.BuyingCentreMemberRow;
import com.kacrm.persistence.buyingcentre.BuyingCentreNotFoundException;
import com.kacrm.persistence.buyingcentre.BuyingCentreService;
import com.kacrm.persistence.buyingcentre.CoverageView;
import com.kacrm.persistence.buyingcentre.OpportunityOption;
import com.kacrm.persistence.contact.ContactRow;
import com.kacrm.persistence.contact.ContactService;
import com.kacrm.persistence.shared.Viewer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads an account's org chart in a fixed number of queries, however many people it has:
 * the deals (with the access check), the active people and the influence lines between
 * them as {@link ContactService} reads them and, with a deal selected, its buying centre.
 */
@Service
public class OrgChartService {

	private final ContactService contacts;

	private final BuyingCentreService buyingCentres;

	OrgChartService(ContactService contacts, BuyingCentreService buyingCentres) {
		this.contacts = contacts;
		this.buyingCentres = buyingCentres;
	}

	/**
	 * The chart of the account's active people, with the roles on {@code opportunityId}
	 * when it is not null.
	 * @throws com.kacrm.persistence.account.AccountNotFoundException when the viewer may
	 * not see the account
	 * @throws BuyingCentreNotFoundException when the opportunity is not one of the
	 * account's
	 */
	@Transactional(readOnly = true)
	public OrgChart chart(long accountId, Long opportunityId, Viewer viewer) {
		List<OpportunityOption> opportunities = this.buyingCentres.opportunitiesOf(accountId, viewer);
		OpportunityOption selected = null;
		if (opportunityId != null) {
			selected = opportunities.stream()
				.filter((option) -> option.id() == opportunityId)
				.findFirst()
				.orElseThrow(() -> new BuyingCentreNotFoundException(
						"Opportunity " + opportunityId + " is not one of account " + accountId));
		}
		List<ContactRow> people = this.contacts.contactsOf(accountId, false, viewer);
		Map<Long, BuyingCentreMemberRow> seats = new HashMap<>();
		CoverageView coverage = null;
		if (selected != null) {
			List<BuyingCentreMemberRow> members = this.buyingCentres.membersOf(selected.id(), viewer);
			members.forEach((member) -> seats.put(member.contactId(), member));
			coverage = CoverageView.of(selected.id(), selected.name(), members);
		}
		List<OrgChartNode> nodes = new ArrayList<>();
		Set<Long> onChart = new HashSet<>();
		for (ContactRow person : people) {
			BuyingCentreMemberRow seat = seats.get(person.id());
			nodes.add(new OrgChartNode(person.id(), person.version(), person.name(), person.title(),
					person.department(), person.level(), person.relationshipDepth(), person.targetDepth(),
					person.reportsToId(), (seat != null) ? seat.role() : null, (seat != null) ? seat.attitude() : null,
					(seat != null) ? seat.support() : null));
			onChart.add(person.id());
		}
		List<OrgChartEdge> edges = new ArrayList<>();
		for (OrgChartNode node : nodes) {
			if (node.reportsToId() != null && onChart.contains(node.reportsToId())) {
				edges.add(OrgChartEdge.reporting(node.reportsToId(), node.id()));
			}
		}
		this.contacts.influencesOf(accountId, viewer)
			.forEach((line) -> edges.add(
					new OrgChartEdge(OrgChartEdge.Type.INFLUENCE, line.fromId(), line.toId(), line.note(), line.id())));
		return new OrgChart(nodes, edges, opportunities, (selected != null) ? selected.id() : null, coverage);
	}

}
