package com.kacrm.persistence.orgchart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.kacrm.domain.contact.ContactLevel;
import com.kacrm.persistence.account.AccountAccess;
import com.kacrm.persistence.buyingcentre.BuyingCentreMemberRow;
import com.kacrm.persistence.buyingcentre.BuyingCentreNotFoundException;
import com.kacrm.persistence.buyingcentre.BuyingCentreService;
import com.kacrm.persistence.buyingcentre.CoverageView;
import com.kacrm.persistence.buyingcentre.OpportunityOption;
import com.kacrm.persistence.shared.Viewer;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads an account's org chart in a fixed number of queries, however many people it has:
 * the access check, the deals, the active people, the influence lines between them and,
 * with a deal selected, its buying centre.
 */
@Service
public class OrgChartService {

	private final EntityManager entityManager;

	private final AccountAccess access;

	private final BuyingCentreService buyingCentres;

	OrgChartService(EntityManager entityManager, AccountAccess access, BuyingCentreService buyingCentres) {
		this.entityManager = entityManager;
		this.access = access;
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
		List<Object[]> people = this.entityManager
			.createQuery(
					"select c.id, c.version, c.name, c.title, c.department, c.level, c.relationshipDepth,"
							+ " c.targetDepth, m.id from Contact c left join c.reportsTo m"
							+ " where c.account.id = :account and c.leftAt is null" + " order by c.level, c.name, c.id",
					Object[].class)
			.setParameter("account", accountId)
			.getResultList();
		Map<Long, BuyingCentreMemberRow> seats = new HashMap<>();
		CoverageView coverage = null;
		if (selected != null) {
			List<BuyingCentreMemberRow> members = this.buyingCentres.membersOf(selected.id(), viewer);
			members.forEach((member) -> seats.put(member.contactId(), member));
			coverage = CoverageView.of(selected.id(), selected.name(), members);
		}
		List<OrgChartNode> nodes = new ArrayList<>();
		Set<Long> onChart = new HashSet<>();
		for (Object[] row : people) {
			long id = (Long) row[0];
			BuyingCentreMemberRow seat = seats.get(id);
			nodes.add(new OrgChartNode(id, (Long) row[1], (String) row[2], (String) row[3], (String) row[4],
					(ContactLevel) row[5], (Integer) row[6], (Integer) row[7], (Long) row[8],
					(seat != null) ? seat.role() : null, (seat != null) ? seat.attitude() : null,
					(seat != null) ? seat.support() : null));
			onChart.add(id);
		}
		// top-down by level (the enum's order, not the stored names' alphabetical one)
		nodes.sort(Comparator.comparing(OrgChartNode::level));
		List<OrgChartEdge> edges = new ArrayList<>();
		for (OrgChartNode node : nodes) {
			if (node.reportsToId() != null && onChart.contains(node.reportsToId())) {
				edges.add(OrgChartEdge.reporting(node.reportsToId(), node.id()));
			}
		}
		this.entityManager
			.createQuery(
					"select f.id, t.id, l.note, l.id from InfluenceLine l join l.from f join l.to t"
							+ " where l.account.id = :account and f.leftAt is null and t.leftAt is null order by l.id",
					Object[].class)
			.setParameter("account", accountId)
			.getResultStream()
			.forEach((row) -> edges.add(new OrgChartEdge(OrgChartEdge.Type.INFLUENCE, (Long) row[0], (Long) row[1],
					(String) row[2], (Long) row[3])));
		return new OrgChart(nodes, edges, opportunities, (selected != null) ? selected.id() : null, coverage);
	}

}
