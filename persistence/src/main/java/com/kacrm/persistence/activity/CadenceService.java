package com.kacrm.persistence.activity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.kacrm.domain.activity.ContactCadence;
import com.kacrm.domain.reference.Tier;
import com.kacrm.persistence.account.AccountScope;
import com.kacrm.persistence.shared.Viewer;
import com.kacrm.persistence.tiering.TieringService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contact cadence (SPEC 7): each tier's interval from the tier criteria in force
 * ({@link ContactCadence}), and the accounts overdue for contact in the viewer's scope,
 * per rep and per team. An account's contact clock is its last done activity (kept on the
 * account by {@link ActivityService}), or its filing when never contacted — the same
 * "last contact" the lead pool reads from the calls logged on a lead.
 *
 * <p>
 * The list is one SQL statement: the due moment is computed per row from the tier's
 * interval, filtered and sorted in the database.
 */
@Service
public class CadenceService {

	private final EntityManager entityManager;

	private final ActivityAccess access;

	private final TieringService tiering;

	private final Clock clock;

	CadenceService(EntityManager entityManager, ActivityAccess access, TieringService tiering, Clock clock) {
		this.entityManager = entityManager;
		this.access = access;
		this.tiering = tiering;
		this.clock = clock;
	}

	/** The contact intervals of the tier criteria in force. */
	@Transactional(readOnly = true)
	public ContactCadence cadence() {
		return ContactCadence.of(this.tiering.current().criteria());
	}

	/**
	 * The accounts overdue for contact that the viewer sees, most overdue first, and the
	 * tallies per rep and per team over the same filter.
	 * @param teamId only this team's accounts; null for all the viewer sees
	 * @param ownerId only this rep's accounts; null for all
	 */
	@Transactional(readOnly = true)
	public OverdueList overdue(Long teamId, Long ownerId, Viewer viewer, Pageable pageable) {
		ContactCadence cadence = cadence();
		AccountScope scope = this.access.scopeOf(viewer);
		Instant now = this.clock.instant();
		String from = from(scope, teamId, ownerId);
		List<OverdueAccount> rows = bind(
				this.entityManager.createNativeQuery(
						"select x.* from (" + select(from)
								+ ") x where x.due_at < :now order by x.due_at, x.id limit :limit offset :offset",
						Tuple.class),
				scope, cadence, teamId, ownerId)
			.setParameter("now", now)
			.setParameter("limit", pageable.getPageSize())
			.setParameter("offset", pageable.getOffset())
			.getResultList()
			.stream()
			.map((row) -> overdue((Tuple) row, cadence, now))
			.toList();
		List<OverdueTally> byOwner = tallies("x.owner_id", "x.owner_name", "cast(null as varchar)", from, scope,
				cadence, teamId, ownerId, now);
		List<OverdueTally> byTeam = tallies("x.team_id", "x.team_name_zh", "x.team_name_en", from, scope, cadence,
				teamId, ownerId, now);
		long total = byTeam.stream().mapToLong(OverdueTally::overdue).sum();
		Page<OverdueAccount> page = new PageImpl<>(rows, pageable, total);
		return new OverdueList(page, byOwner, byTeam, cadence.intervals());
	}

	/**
	 * How many accounts the viewer's list would show as overdue: for the navigation's
	 * count.
	 */
	@Transactional(readOnly = true)
	public long overdueCount(Long ownerId, Viewer viewer) {
		ContactCadence cadence = cadence();
		AccountScope scope = this.access.scopeOf(viewer);
		Object count = bind(
				this.entityManager.createNativeQuery(
						"select count(*) from (" + select(from(scope, null, ownerId)) + ") x where x.due_at < :now"),
				scope, cadence, null, ownerId)
			.setParameter("now", this.clock.instant())
			.getSingleResult();
		return ((Number) count).longValue();
	}

	private List<OverdueTally> tallies(String id, String name, String nameEn, String from, AccountScope scope,
			ContactCadence cadence, Long teamId, Long ownerId, Instant now) {
		return bind(
				this.entityManager
					.createNativeQuery(
							"select " + id + " as id, min(" + name + ") as name, min(" + nameEn + ") as name_en,"
									+ " count(*) filter (where x.due_at < :now) as overdue, count(*) as accounts from ("
									+ select(from) + ") x group by " + id + " order by overdue desc, name",
							Tuple.class),
				scope, cadence, teamId, ownerId)
			.setParameter("now", now)
			.getResultList()
			.stream()
			.map((row) -> {
				Tuple tuple = (Tuple) row;
				Number key = (Number) tuple.get("id");
				return new OverdueTally((key != null) ? key.longValue() : null, (String) tuple.get("name"),
						(String) tuple.get("name_en"), ((Number) tuple.get("overdue")).longValue(),
						((Number) tuple.get("accounts")).longValue());
			})
			.toList();
	}

	private static String from(AccountScope scope, Long teamId, Long ownerId) {
		return " from account a join team t on t.id = a.team_id left join app_user u on u.id = a.owner_id where "
				+ scope.accounts("a.team_id", "a.owner_id") + ((teamId != null) ? " and a.team_id = :team" : "")
				+ ((ownerId != null) ? " and a.owner_id = :owner" : "");
	}

	/** Every account of the filter with its interval and due moment. */
	private static String select(String from) {
		String interval = "(case a.tier when 'A' then :daysA when 'B' then :daysB when 'C' then :daysC"
				+ " when 'D' then :daysD else :daysNone end)";
		return "select a.id, a.name, a.tier, a.team_id, t.name_zh as team_name_zh, t.name_en as team_name_en,"
				+ " a.owner_id, u.display_name as owner_name, a.last_contacted_at, " + interval + " as interval_days,"
				+ " coalesce(a.last_contacted_at, a.created_at) + make_interval(days => " + interval + ") as due_at"
				+ from;
	}

	private static <Q extends Query> Q bind(Q query, AccountScope scope, ContactCadence cadence, Long teamId,
			Long ownerId) {
		Map<Tier, Integer> days = cadence.intervals();
		query.setParameter("daysA", days.get(Tier.A))
			.setParameter("daysB", days.get(Tier.B))
			.setParameter("daysC", days.get(Tier.C))
			.setParameter("daysD", days.get(Tier.D))
			.setParameter("daysNone", cadence.intervalDays(null));
		if (teamId != null) {
			query.setParameter("team", teamId);
		}
		if (ownerId != null) {
			query.setParameter("owner", ownerId);
		}
		return scope.bind(query);
	}

	private static OverdueAccount overdue(Tuple row, ContactCadence cadence, Instant now) {
		Object tierValue = row.get("tier");
		Tier tier = (tierValue != null) ? Tier.valueOf(String.valueOf(tierValue).strip()) : null;
		Instant due = instant(row.get("due_at"));
		Number owner = (Number) row.get("owner_id");
		return new OverdueAccount(((Number) row.get("id")).longValue(), (String) row.get("name"), tier,
				((Number) row.get("team_id")).longValue(), (String) row.get("team_name_zh"),
				(String) row.get("team_name_en"), (owner != null) ? owner.longValue() : null,
				(String) row.get("owner_name"), instant(row.get("last_contacted_at")), cadence.intervalDays(tier), due,
				java.time.Duration.between(due, now).toDays());
	}

	private static Instant instant(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Instant instant) {
			return instant;
		}
		if (value instanceof OffsetDateTime offset) {
			return offset.toInstant();
		}
		if (value instanceof Timestamp timestamp) {
			return timestamp.toInstant();
		}
		throw new IllegalStateException("Not a timestamp: " + value.getClass());
	}

}
