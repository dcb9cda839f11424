package com.kacrm.persistence.lead;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

import com.kacrm.domain.lead.Lead;
import com.kacrm.domain.organisation.Role;
import com.kacrm.domain.reference.CompanyNameKey;
import com.kacrm.domain.reference.CoverageMode;
import com.kacrm.domain.reference.Tier;
import com.kacrm.domain.shared.LocalizedName;
import com.kacrm.persistence.shared.ConcurrentEditException;
import com.kacrm.persistence.shared.NotPermittedException;
import com.kacrm.persistence.shared.BoundedPage;
import com.kacrm.persistence.shared.Viewer;
import com.kacrm.persistence.tiering.TieringService;
import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the lead sheet JTF001 as a user may see it: the filtered, sorted, paged sheet and
 * its views (visits, phone queue, pool, mine), the whole filtered sheet for export, one
 * lead with what the user may do with it, and the duplicate check (查重) by the name key,
 * which an index serves.
 */
@Service
public class LeadSheetService {

	/** Most rows one export writes; a larger sheet asks the user to filter. */
	public static final int MAX_EXPORT_ROWS = 100_000;

	private static final int DUPLICATES_SHOWN = 10;

	private static final int KEY_CHUNK = 1000;

	private final EntityManager entityManager;

	private final LeadScopes scopes;

	private final TieringService tiering;

	private final ZoneId zone;

	LeadSheetService(EntityManager entityManager, LeadScopes scopes, TieringService tiering, LeadNumbers numbers) {
		this.entityManager = entityManager;
		this.scopes = scopes;
		this.tiering = tiering;
		this.zone = numbers.zone();
	}

	/** One page of the sheet as {@code viewer} may see it. */
	@Transactional(readOnly = true)
	public BoundedPage<LeadRow> sheet(LeadFilter filter, Pageable pageable, Viewer viewer) {
		LeadSheetQuery query = query(filter, viewer);
		List<LeadRow> rows = query.rows(this.entityManager, pageable.getSort())
			.setFirstResult((int) pageable.getOffset())
			.setMaxResults(BoundedPage.readSize(pageable))
			.getResultList();
		return BoundedPage.of(rows, pageable, () -> query.ids(this.entityManager));
	}

	/**
	 * Hands every row of the filtered sheet to {@code consumer}, streamed, at most
	 * {@link #MAX_EXPORT_ROWS}.
	 * @return how many rows the filter matches (more than were handed over when above the
	 * limit)
	 */
	@Transactional(readOnly = true)
	public long forEachRow(LeadFilter filter, Sort sort, Viewer viewer, Consumer<LeadRow> consumer) {
		LeadSheetQuery query = query(filter, viewer);
		long total = query.count(this.entityManager).getSingleResult();
		try (Stream<LeadRow> rows = query.rows(this.entityManager, sort)
			.setMaxResults(MAX_EXPORT_ROWS)
			.setHint("org.hibernate.fetchSize", 500)
			.setHint("org.hibernate.readOnly", true)
			.getResultStream()) {
			rows.forEach(consumer);
		}
		return total;
	}

	private LeadSheetQuery query(LeadFilter filter, Viewer viewer) {
		Set<Tier> queueTiers = switch (filter.queueOrSheet()) {
			case VISITS -> this.tiering.tiersCoveredBy(CoverageMode.FIELD_VISIT);
			case PHONE -> this.tiering.tiersCoveredBy(CoverageMode.PHONE);
			default -> Set.of();
		};
		return new LeadSheetQuery(this.scopes.of(viewer), filter, queueTiers, this.zone);
	}

	/**
	 * The region of the user's team, where their new leads usually belong; empty for
	 * admins.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<String> homeRegion(Viewer viewer) {
		if (viewer.teamCode() == null) {
			return java.util.Optional.empty();
		}
		return this.entityManager.createQuery("select t.region.code from Team t where t.code = :team", String.class)
			.setParameter("team", viewer.teamCode())
			.getResultStream()
			.findFirst();
	}

	/** What the sheet's filters and the lead form offer. */
	@Transactional(readOnly = true)
	public LeadChoices choices() {
		List<LeadChoice> regions = this.entityManager
			.createQuery("select new com.kacrm.persistence.lead.LeadChoice(r.code, r.name, null) from Region r"
					+ " order by r.code", LeadChoice.class)
			.getResultList();
		List<LeadChoice> industries = this.entityManager
			.createQuery("select new com.kacrm.persistence.lead.LeadChoice(i.code, i.name, null) from Industry i"
					+ " where i.active = true order by i.sortOrder, i.code", LeadChoice.class)
			.getResultList();
		List<LeadChoice> sources = this.entityManager
			.createQuery(
					"select new com.kacrm.persistence.lead.LeadChoice(s.code, s.name, p.code) from LeadSource s"
							+ " left join s.parent p where s.active = true"
							+ " order by coalesce(p.sortOrder, s.sortOrder), p.sortOrder nulls first, s.sortOrder",
					LeadChoice.class)
			.getResultList();
		return new LeadChoices(regions, industries, sources);
	}

	/**
	 * The lead with what {@code viewer} may do with it.
	 * @throws LeadNotFoundException when there is none or the user may not see it
	 */
	@Transactional(readOnly = true)
	public LeadView show(long id, Viewer viewer) {
		LeadScope scope = this.scopes.of(viewer);
		Lead lead = visible(id, scope);
		return view(lead, permissions(lead, scope));
	}

	/** The users {@code viewer} may give the lead to. */
	@Transactional(readOnly = true)
	public List<OwnerOption> assignableOwners(long leadId, Viewer viewer) {
		LeadScope scope = this.scopes.of(viewer);
		Lead lead = visible(leadId, scope);
		return permissions(lead, scope).assign() ? assignableOwners(lead.getRegion().getId(), scope) : List.of();
	}

	/**
	 * The users {@code viewer} may give leads of region {@code regionId} to: enabled reps
	 * and managers of the region's teams, for managers only of the teams they cover.
	 */
	@Transactional(readOnly = true)
	public List<OwnerOption> assignableOwners(String regionCode, Viewer viewer) {
		if (viewer.role() == Role.REP) {
			return List.of();
		}
		List<Long> region = this.entityManager.createQuery("select r.id from Region r where r.code = :code", Long.class)
			.setParameter("code", regionCode)
			.getResultList();
		return region.isEmpty() ? List.of() : assignableOwners(region.get(0), this.scopes.of(viewer));
	}

	List<OwnerOption> assignableOwners(Long regionId, LeadScope scope) {
		String teams = scope.all() ? "" : " and t.id in :teams";
		var query = this.entityManager
			.createQuery(
					"select new com.kacrm.persistence.lead.OwnerOption(u.username, u.displayName, t.code)"
							+ " from User u join u.team t where t.region.id = :region and u.enabled = true"
							+ " and u.role in :roles" + teams + " order by t.code, u.role desc, u.displayName",
					OwnerOption.class)
			.setParameter("region", regionId)
			.setParameter("roles", List.of(Role.REP, Role.MANAGER));
		if (!scope.all()) {
			query.setParameter("teams", scope.teamIds().isEmpty() ? Set.of(-1L) : scope.teamIds());
		}
		return query.getResultList();
	}

	/**
	 * Leads and accounts whose name has the key of {@code name}, except lead
	 * {@code exceptLeadId}: the duplicate check (查重) on entry.
	 */
	@Transactional(readOnly = true)
	public List<DuplicateMatch> duplicatesOf(String name, Long exceptLeadId, Viewer viewer) {
		String key = CompanyNameKey.of(name);
		if (key.isEmpty()) {
			return List.of();
		}
		List<DuplicateMatch> matches = duplicatesByKey(List.of(key), viewer).getOrDefault(key, List.of())
			.stream()
			.filter((match) -> !(match.isLead() && exceptLeadId != null && match.id() == exceptLeadId))
			.toList();
		// Accounts first and each kind limited on its own, so many similar leads never
		// hide an account.
		List<DuplicateMatch> shown = new ArrayList<>(
				matches.stream().filter((match) -> !match.isLead()).limit(DUPLICATES_SHOWN).toList());
		shown.addAll(matches.stream().filter(DuplicateMatch::isLead).limit(DUPLICATES_SHOWN).toList());
		return shown;
	}

	/**
	 * The existing leads and accounts of every key in {@code keys}
	 * ({@link CompanyNameKey}), by key: the duplicate check of an import, in one query
	 * per kind.
	 */
	@Transactional(readOnly = true)
	public Map<String, List<DuplicateMatch>> duplicatesByKey(Collection<String> keys, Viewer viewer) {
		Map<String, List<DuplicateMatch>> byKey = new LinkedHashMap<>();
		if (keys.isEmpty()) {
			return byKey;
		}
		LeadScope scope = this.scopes.of(viewer);
		List<String> distinct = List.copyOf(new java.util.LinkedHashSet<>(keys));
		// PostgreSQL takes at most 32 767 parameters a statement: an import's keys go in
		// chunks.
		for (int start = 0; start < distinct.size(); start += KEY_CHUNK) {
			duplicatesByKey(distinct.subList(start, Math.min(start + KEY_CHUNK, distinct.size())), scope, byKey);
		}
		return byKey;
	}

	private void duplicatesByKey(List<String> keys, LeadScope scope, Map<String, List<DuplicateMatch>> byKey) {
		List<Lead> leads = this.entityManager
			.createQuery(
					"select l from Lead l join fetch l.region left join fetch l.team left join fetch l.owner"
							+ " left join fetch l.registrant where l.nameKey in :keys order by l.registeredAt desc",
					Lead.class)
			.setParameter("keys", keys)
			.getResultList();
		for (Lead lead : leads) {
			byKey.computeIfAbsent(lead.getNameKey(), (key) -> new ArrayList<>())
				.add(new DuplicateMatch(DuplicateMatch.LEAD, lead.getId(), lead.getNumber(), lead.getName(),
						lead.getRegion().getName(), lead.getStatus().name(), scope.sees(lead)));
		}
		List<Object[]> accounts = this.entityManager
			.createQuery("select a.id, a.name, a.nameKey, t.name, t.id from Account a join a.team t"
					+ " where a.nameKey in :keys order by a.id", Object[].class)
			.setParameter("keys", keys)
			.getResultList();
		for (Object[] account : accounts) {
			boolean visible = scope.all() || scope.teamIds().contains((Long) account[4]);
			byKey.computeIfAbsent((String) account[2], (key) -> new ArrayList<>())
				.add(new DuplicateMatch(DuplicateMatch.ACCOUNT, (Long) account[0], null, (String) account[1],
						(LocalizedName) account[3], null, visible));
		}
	}

	/**
	 * The lead, if {@code scope} may see it.
	 * @throws LeadNotFoundException otherwise
	 */
	Lead visible(long id, LeadScope scope) {
		Lead lead = this.entityManager.find(Lead.class, id);
		if (lead == null || !scope.sees(lead)) {
			throw new LeadNotFoundException(id);
		}
		return lead;
	}

	/**
	 * The lead a command is about: one the user may see (else 404), the command one they
	 * may give (else 403), at the version they saw (else a conflict).
	 * @throws LeadNotFoundException when the user may not see it
	 * @throws NotPermittedException when {@code permitted} says no
	 * @throws ConcurrentEditException when the lead changed since version {@code version}
	 */
	Lead forCommand(long id, long version, LeadScope scope, Predicate<LeadPermissions> permitted) {
		Lead lead = visible(id, scope);
		if (!permitted.test(permissions(lead, scope))) {
			throw new NotPermittedException("Not permitted on lead " + id);
		}
		ConcurrentEditException.check(lead, version);
		return lead;
	}

	Lead visible(long id, Viewer viewer) {
		return visible(id, this.scopes.of(viewer));
	}

	static LeadPermissions permissions(Lead lead, LeadScope scope) {
		boolean open = lead.getStatus().isOpen();
		boolean owner = lead.isOwnedBy(scope.viewer().userId());
		boolean manages = scope.manages(lead);
		boolean registrantOfPooled = scope.registeredBy(lead) && !lead.getStatus().isOwned();
		// SPEC 1: a rep sees and edits the leads they own or that belong to their team.
		boolean teamLead = lead.getTeam() != null && scope.teamIds().contains(lead.getTeam().getId());
		boolean pooled = lead.getStatus() == com.kacrm.domain.lead.LeadStatus.NEW;
		boolean mayHold = scope.viewer().role() != Role.ADMIN && scope.coversRegion(lead.getRegion().getId());
		// A converted lead's account needs a team: the owner's, or for a pooled lead the
		// converting manager's.
		boolean convertible = lead.getTeam() != null || scope.viewer().role() == Role.MANAGER;
		return new LeadPermissions(open && (manages || owner || teamLead || registrantOfPooled), open && manages,
				open && owner, open && (manages || owner), open && (manages || owner) && convertible, pooled && mayHold,
				open && owner);
	}

	private static LeadView view(Lead lead, LeadPermissions can) {
		var industry = lead.getIndustry();
		var source = lead.getSource();
		var owner = lead.getOwner();
		var team = lead.getTeam();
		return new LeadView(lead.getId(), lead.getVersion(), lead.getNumber(), lead.getName(),
				lead.getRegion().getCode(), lead.getRegion().getName(), (industry != null) ? industry.getCode() : null,
				(industry != null) ? industry.getName() : null, lead.getIndustryRank(), lead.getAnnualRevenue(),
				lead.getTier(), lead.isTierSetByHand(), lead.getTierCriteriaVersion(),
				(source != null) ? source.getCode() : null, (source != null) ? source.getName() : null,
				lead.getContactHint(), lead.getNotes(), lead.getStatus(), lead.getDiscardReason(),
				lead.getRegisteredAt(), (lead.getRegistrant() != null) ? lead.getRegistrant().getDisplayName() : null,
				(owner != null) ? owner.getUsername() : null, (owner != null) ? owner.getDisplayName() : null,
				(team != null) ? team.getCode() : null, (team != null) ? team.getName() : null, lead.getOwnedSince(),
				lead.getLastContactedAt(), lead.getConvertedAccountId(), lead.getConvertedOpportunityId(),
				lead.getClosedAt(), can);
	}

}
