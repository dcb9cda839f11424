package com.kacrm.persistence.lead;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.kacrm.domain.lead.LeadStatus;
import com.kacrm.domain.reference.Tier;
import com.kacrm.persistence.shared.JpqlConditions;
import com.kacrm.persistence.shared.SortKeys;
import com.kacrm.persistence.shared.UnsupportedSortException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.data.domain.Sort;

/**
 * The sheet's query: the user's scope and the filters as one predicate, so the database
 * pages, counts and sorts only what the user may see. Sort keys are the sheet's columns.
 */
final class LeadSheetQuery {

	/** Sort keys offered to clients, mapped to query paths. */
	static final Map<String, String> SORT_KEYS = Map.ofEntries(Map.entry("number", "l.number"),
			Map.entry("customerName", "l.name"), Map.entry("region", "r.code"), Map.entry("industry", "i.sortOrder"),
			Map.entry("annualRevenue", "l.annualRevenue"), Map.entry("customerClass", "l.assignedTier.tier"),
			Map.entry("source", "s.code"), Map.entry("registeredAt", "l.registeredAt"),
			Map.entry("status", "l.status"));

	static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("registeredAt"));

	private static final String FROM = " from Lead l join l.region r left join l.industry i left join l.source s"
			+ " left join s.parent sp left join l.owner o left join l.team t";

	private static final String ROW = "select new com.kacrm.persistence.lead.LeadRow(l.id, l.number, l.name, r.code,"
			+ " r.name, i.code, i.name, l.annualRevenue, l.assignedTier.tier, l.assignedTier.setByHand, s.code, s.name,"
			+ " l.registeredAt, l.status, o.displayName, t.code, t.name, l.contactHint, l.notes)";

	private final JpqlConditions conditions = new JpqlConditions("1 = 1");

	LeadSheetQuery(LeadScope scope, LeadFilter filter, Set<Tier> queueTiers, ZoneId zone) {
		restrictTo(scope);
		LeadQueue queue = filter.queueOrSheet();
		if (filter.status() != null) {
			this.conditions.add("l.status = :status", "status", filter.status());
		}
		else {
			this.conditions.add("l.status in :open", "open", LeadStatus.OPEN);
		}
		switch (queue) {
			case VISITS, PHONE -> this.conditions.add("l.assignedTier.tier in :queueTiers", "queueTiers", queueTiers);
			case POOL -> this.conditions.add("l.owner is null and l.status = com.kacrm.domain.lead.LeadStatus.NEW");
			case MINE -> this.conditions.add("l.owner.id = :me", "me", scope.viewer().userId());
			case SHEET -> {
			}
		}
		if (filter.q() != null && !filter.q().isBlank()) {
			String q = filter.q().strip();
			this.conditions
				.add("(" + JpqlConditions.ilike("l.name", "q") + " or l.number = :number)", "q",
						JpqlConditions.containing(q))
				.parameter("number", q.toUpperCase(Locale.ROOT));
		}
		this.conditions.equal("r.code", "region", filter.regionCode())
			.equal("i.code", "industry", filter.industryCode())
			.equal("l.assignedTier.tier", "customerClass", filter.customerClass());
		// A channel (媒体) finds the leads of its detailed sources too.
		this.conditions.addIfPresent("(s.code = :source or sp.code = :source)", "source", filter.sourceCode());
		if (filter.registeredFrom() != null) {
			this.conditions.add("l.registeredAt >= :from", "from",
					filter.registeredFrom().atStartOfDay(zone).toInstant());
		}
		if (filter.registeredTo() != null) {
			LocalDate dayAfter = filter.registeredTo().plusDays(1);
			this.conditions.add("l.registeredAt < :to", "to", dayAfter.atStartOfDay(zone).toInstant());
		}
	}

	private void restrictTo(LeadScope scope) {
		if (scope.all()) {
			return;
		}
		// On the lead's own foreign-key columns, so that indexes of the lead serve each
		// part.
		String mine = "l.ownerId = :viewer or l.registrantId = :viewer";
		this.conditions.parameter("viewer", scope.viewer().userId());
		if (!scope.teamIds().isEmpty()) {
			mine += " or l.teamId in :teams or (l.teamId is null and l.regionId in :regions)";
			this.conditions.parameter("teams", scope.teamIds()).parameter("regions", scope.regionIds());
		}
		this.conditions.add("(" + mine + ")");
	}

	TypedQuery<LeadRow> rows(EntityManager entityManager, Sort sort) {
		return this.conditions
			.bind(entityManager.createQuery(ROW + FROM + this.conditions.where() + orderBy(sort), LeadRow.class));
	}

	TypedQuery<Long> count(EntityManager entityManager) {
		return this.conditions
			.bind(entityManager.createQuery("select count(l)" + FROM + this.conditions.where(), Long.class));
	}

	/** The ids of the list's rows, unordered, for counting them up to a limit. */
	TypedQuery<Long> ids(EntityManager entityManager) {
		return this.conditions
			.bind(entityManager.createQuery("select l.id" + FROM + this.conditions.where(), Long.class));
	}

	/**
	 * The order by clause for client sort keys, ties broken by id so rows never repeat
	 * between pages.
	 * @throws UnsupportedSortException for a key the sheet does not offer
	 */
	static String orderBy(Sort sort) {
		return SortKeys.orderBy(sort, SORT_KEYS, DEFAULT_SORT, "l.id desc");
	}

}
