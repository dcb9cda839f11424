package com.kacrm.persistence.lead;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.kacrm.domain.history.FieldChanges;
import com.kacrm.domain.history.HistorySubject;
import com.kacrm.domain.inbox.Notice;
import com.kacrm.domain.inbox.NoticeKind;
import com.kacrm.domain.lead.DistributionTrigger;
import com.kacrm.domain.lead.LeadDistribution;
import com.kacrm.domain.lead.LeadStatus;
import com.kacrm.domain.organisation.Region;
import com.kacrm.domain.organisation.Role;
import com.kacrm.domain.organisation.User;
import com.kacrm.domain.shared.Actor;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.lead.DistributionOutcome.Result;
import com.kacrm.persistence.shared.NotPermittedException;
import com.kacrm.persistence.shared.Viewer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends the lead sheet JTF001 grouped by region to each region's managers (定期转发), on
 * demand or by the schedule, and shows what was sent when.
 *
 * <p>
 * A region's sheet carries its open leads registered up to the moment of sending that
 * were on none of the region's earlier sheets: in practice the leads registered since the
 * previous sheet, plus any that an earlier sheet could not yet see (a registration that
 * committed late, a back-dated import), so no lead is missed and none is sent twice. The
 * managers of the region's teams get a notice in their inbox (the admins when the region
 * has no manager); the sheet, its leads and a history entry are written in the same
 * transaction.
 *
 * <p>
 * Each region is sent under a PostgreSQL advisory transaction lock on the region, so two
 * nodes running the schedule, or two people pressing "send now", never send the same
 * sheet twice: whoever does not get the lock skips the region.
 */
@Service
public class LeadDistributionService {

	/** The history subject type of sent lead sheets. */
	public static final String SUBJECT_TYPE = "LEAD_DISTRIBUTION";

	/**
	 * The first key of the advisory locks (the second is the region id): "LD", so other
	 * features' locks never collide with these.
	 */
	static final int LOCK_NAMESPACE = 0x4C44;

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final String LEAD_ROW = "select new com.kacrm.persistence.lead.LeadRow(l.id, l.number, l.name,"
			+ " r.code, r.name, i.code, i.name, l.annualRevenue, l.assignedTier.tier, l.assignedTier.setByHand, s.code,"
			+ " s.name, l.registeredAt, l.status, o.displayName, t.code, t.name, l.contactHint, l.notes)"
			+ " from Lead l join l.region r left join l.industry i left join l.source s left join l.owner o"
			+ " left join l.team t";

	private static final String DISTRIBUTION_ROW = "select new com.kacrm.persistence.lead.DistributionRow(d.id,"
			+ " r.code, r.name, d.periodStart, d.periodEnd, d.sentAt, d.sentByName, d.trigger, d.leadCount)"
			+ " from LeadDistribution d join d.region r";

	private final EntityManager entityManager;

	private final HistoryService history;

	private final Clock clock;

	private final ZoneId zone;

	LeadDistributionService(EntityManager entityManager, HistoryService history, Clock clock,
			@Value("${crm.display-time-zone:Asia/Shanghai}") ZoneId zone) {
		this.entityManager = entityManager;
		this.history = history;
		this.clock = clock;
		this.zone = zone;
	}

	/**
	 * Sends region {@code regionCode}'s sheet now on behalf of {@code viewer}, even when
	 * it has no new leads (the manager then sees "no new leads").
	 * @throws NotPermittedException unless the viewer is an admin or manages a team of
	 * the region
	 */
	@Transactional
	public DistributionOutcome distribute(String regionCode, Viewer viewer) {
		Region region = sendableRegions(viewer).stream()
			.filter((candidate) -> candidate.getCode().equals(regionCode))
			.findFirst()
			.orElseThrow(() -> new NotPermittedException(viewer.name() + " may not send the sheet of " + regionCode));
		return distribute(region, viewer.actor(), DistributionTrigger.ON_DEMAND, now());
	}

	/**
	 * Sends every region's sheet as {@code system} (the schedule); regions without new
	 * leads are skipped, and so are regions another node is sending at this moment.
	 */
	@Transactional
	public List<DistributionOutcome> distributeAll(Actor system) {
		if (system.userId() != null) {
			throw new IllegalArgumentException("The schedule sends as the system, not as " + system.name());
		}
		Instant now = now();
		return this.entityManager.createQuery("select r from Region r order by r.code", Region.class)
			.getResultList()
			.stream()
			.map((region) -> distribute(region, system, DistributionTrigger.SCHEDULE, now))
			.toList();
	}

	private DistributionOutcome distribute(Region region, Actor actor, DistributionTrigger trigger, Instant now) {
		if (!tryLock(region)) {
			return new DistributionOutcome(region.getCode(), Result.BUSY, null, 0);
		}
		LeadDistribution previous = latestOf(region);
		// Clocks of two nodes may disagree a little; a sheet still ends after the last.
		Instant end = (previous == null || previous.getPeriodEnd().isBefore(now)) ? now
				: previous.getPeriodEnd().plus(1, ChronoUnit.MICROS);
		LeadDistribution sheet = LeadDistribution.next(previous, region, undistributedLeads(region, end), end, actor,
				trigger);
		if (!sheet.isWorthSending()) {
			return new DistributionOutcome(region.getCode(), Result.NOTHING_NEW, null, 0);
		}
		this.entityManager.persist(sheet);
		List<User> recipients = recipientsOf(region);
		for (User recipient : recipients) {
			this.entityManager.persist(new Notice(recipient, NoticeKind.LEAD_SHEET, SUBJECT_TYPE, sheet.getId(),
					List.of(region.getName().zh(), Integer.toString(sheet.getLeadCount()), text(sheet.getPeriodEnd()),
							region.getName().in(Locale.ENGLISH), text(sheet.getPeriodStart())),
					sheet.getSentAt()));
		}
		this.history.record(subjectOf(sheet),
				new FieldChanges().add("distribution.leadCount", null, sheet.getLeadCount())
					.add("distribution.recipients", null,
							recipients.stream().map(User::getDisplayName).collect(Collectors.joining(", ")))
					.add("distribution.trigger", null, trigger)
					.list(),
				actor, null, null, null, sheet.getSentAt());
		return new DistributionOutcome(region.getCode(), Result.SENT, sheet.getId(), sheet.getLeadCount());
	}

	private boolean tryLock(Region region) {
		Object locked = this.entityManager.createNativeQuery("select pg_try_advisory_xact_lock(:namespace, :region)")
			.setParameter("namespace", LOCK_NAMESPACE)
			.setParameter("region", region.getId().intValue())
			.getSingleResult();
		return Boolean.TRUE.equals(locked);
	}

	private LeadDistribution latestOf(Region region) {
		return this.entityManager
			.createQuery(
					"select d from LeadDistribution d where d.region = :region order by d.periodEnd desc, d.id desc",
					LeadDistribution.class)
			.setParameter("region", region)
			.setMaxResults(1)
			.getResultStream()
			.findFirst()
			.orElse(null);
	}

	private List<Long> undistributedLeads(Region region, Instant end) {
		@SuppressWarnings("unchecked")
		List<Number> ids = this.entityManager.createNativeQuery("""
				select l.id from lead l
				where l.region_id = :region and l.status in (:open) and l.registered_at <= :end
				  and not exists (select 1 from lead_distribution_lead dl
				                  join lead_distribution d on d.id = dl.distribution_id
				                  where dl.lead_id = l.id and d.region_id = :region)
				order by l.registered_at, l.id""")
			.setParameter("region", region.getId())
			.setParameter("open", LeadStatus.OPEN.stream().map(Enum::name).toList())
			.setParameter("end", end)
			.getResultList();
		return ids.stream().map(Number::longValue).toList();
	}

	/**
	 * The enabled managers of the region's teams, or, when the region has none, the
	 * enabled admins, so a sheet never goes unread.
	 */
	private List<User> recipientsOf(Region region) {
		List<User> managers = this.entityManager
			.createQuery("select distinct m from Team t join t.manager m where t.region = :region"
					+ " and m.enabled = true and m.role = :manager order by m.id", User.class)
			.setParameter("region", region)
			.setParameter("manager", Role.MANAGER)
			.getResultList();
		if (!managers.isEmpty()) {
			return managers;
		}
		return this.entityManager
			.createQuery("select u from User u where u.role = :admin and u.enabled = true order by u.id", User.class)
			.setParameter("admin", Role.ADMIN)
			.getResultList();
	}

	/** The regions whose sheet {@code viewer} may send now. */
	@Transactional(readOnly = true)
	public List<DistributableRegion> distributableRegions(Viewer viewer) {
		return sendableRegions(viewer).stream()
			.map((region) -> new DistributableRegion(region.getCode(), region.getName()))
			.toList();
	}

	/** Admins send every region's sheet, managers those of the teams they manage. */
	private List<Region> sendableRegions(Viewer viewer) {
		if (viewer.isAdmin()) {
			return this.entityManager.createQuery("select r from Region r order by r.code", Region.class)
				.getResultList();
		}
		if (!viewer.isManager()) {
			return List.of();
		}
		return this.entityManager
			.createQuery("select distinct r from Team t join t.region r where t.manager.id = :user order by r.code",
					Region.class)
			.setParameter("user", viewer.userId())
			.getResultList();
	}

	/**
	 * The sheets {@code viewer} may see, newest first: admins all, managers those of the
	 * regions of the teams they manage.
	 * @throws NotPermittedException for reps, who receive no sheets
	 */
	@Transactional(readOnly = true)
	public Page<DistributionRow> distributions(Viewer viewer, Pageable pageable) {
		if (!viewer.isAdmin() && !viewer.isManager()) {
			throw new NotPermittedException("Reps receive no lead sheets");
		}
		Set<Long> regions = visibleRegionIds(viewer);
		String where = (regions == null) ? "" : " where r.id in :regions";
		if (regions != null && regions.isEmpty()) {
			return Page.empty(pageable);
		}
		TypedQuery<DistributionRow> rows = this.entityManager
			.createQuery(DISTRIBUTION_ROW + where + " order by d.sentAt desc, d.id desc", DistributionRow.class);
		TypedQuery<Long> count = this.entityManager
			.createQuery("select count(d) from LeadDistribution d join d.region r" + where, Long.class);
		if (regions != null) {
			rows.setParameter("regions", regions);
			count.setParameter("regions", regions);
		}
		List<DistributionRow> content = rows.setFirstResult((int) pageable.getOffset())
			.setMaxResults(pageable.getPageSize())
			.getResultList();
		return new PageImpl<>(content, pageable, count.getSingleResult());
	}

	/**
	 * The sheet as sent, with its leads.
	 * @throws DistributionNotFoundException when there is none or the viewer may not see
	 * it
	 */
	@Transactional(readOnly = true)
	public DistributionView distribution(long id, Viewer viewer) {
		DistributionRow row = visible(id, viewer);
		List<LeadRow> leads = this.entityManager
			.createQuery(
					LEAD_ROW + " where l.id in (select x from LeadDistribution d join d.leadIds x where d.id = :id)"
							+ " order by l.registeredAt, l.number",
					LeadRow.class)
			.setParameter("id", id)
			.getResultList();
		return new DistributionView(row, leads);
	}

	private DistributionRow visible(long id, Viewer viewer) {
		Set<Long> regions = visibleRegionIds(viewer);
		if (regions != null && regions.isEmpty()) {
			throw new DistributionNotFoundException(id);
		}
		TypedQuery<DistributionRow> query = this.entityManager
			.createQuery(DISTRIBUTION_ROW + " where d.id = :id" + ((regions == null) ? "" : " and r.id in :regions"),
					DistributionRow.class)
			.setParameter("id", id);
		if (regions != null) {
			query.setParameter("regions", regions);
		}
		return query.getResultStream().findFirst().orElseThrow(() -> new DistributionNotFoundException(id));
	}

	/** The region ids whose sheets the viewer sees; null for all. */
	private Set<Long> visibleRegionIds(Viewer viewer) {
		if (viewer.isAdmin()) {
			return null;
		}
		if (!viewer.isManager()) {
			return Set.of();
		}
		return Set.copyOf(this.entityManager
			.createQuery("select distinct t.region.id from Team t where t.manager.id = :user", Long.class)
			.setParameter("user", viewer.userId())
			.getResultList());
	}

	/** The history subject of a sent sheet, labelled with its region and time. */
	private HistorySubject subjectOf(LeadDistribution sheet) {
		return new HistorySubject(SUBJECT_TYPE, sheet.getId(),
				sheet.getRegion().getName().zh() + " " + text(sheet.getPeriodEnd()));
	}

	private Instant now() {
		// The database keeps microseconds; a sheet's end must compare equal once stored.
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private String text(Instant instant) {
		return (instant != null) ? MINUTES.format(instant.atZone(this.zone)) : "";
	}

}
