package com.kacrm.persistence.activity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.kacrm.domain.activity.Activity;
import com.kacrm.domain.contact.Contact;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.shared.BusinessCalendar;
import com.kacrm.persistence.shared.Viewer;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's agenda (SPEC 7): the visits and calls they planned (or take part in) and the
 * next steps of their done activities, by day, with what is overdue. Days are those of
 * the business time zone.
 */
@Service
public class AgendaService {

	/** The longest range one agenda request covers. */
	public static final int MAX_DAYS = 92;

	private final EntityManager entityManager;

	private final BusinessCalendar calendar;

	private final Clock clock;

	AgendaService(EntityManager entityManager, BusinessCalendar calendar, Clock clock) {
		this.entityManager = entityManager;
		this.calendar = calendar;
		this.clock = clock;
	}

	/**
	 * The viewer's agenda for the days {@code from} to {@code to} (inclusive), with what
	 * is overdue before today.
	 * @throws ChangeRejected when the range is reversed or longer than {@value #MAX_DAYS}
	 * days
	 */
	@Transactional(readOnly = true)
	public Agenda agendaOf(Viewer viewer, LocalDate from, LocalDate to) {
		return agendaOf(viewer.userId(), from, to);
	}

	/**
	 * The agenda of user {@code userId}: for the user themself (their calendar feed).
	 * @throws ChangeRejected when the range is reversed or too long
	 */
	@Transactional(readOnly = true)
	public Agenda agendaOf(long userId, LocalDate from, LocalDate to) {
		if (from == null || to == null || to.isBefore(from)) {
			throw ChangeRejected.of("to", "agenda.error.range");
		}
		if (from.plusDays(MAX_DAYS).isBefore(to)) {
			throw ChangeRejected.of("to", "agenda.error.tooLong", MAX_DAYS);
		}
		ZoneId zone = this.calendar.zone();
		LocalDate today = this.calendar.today();
		Instant now = this.clock.instant();
		Instant start = from.atStartOfDay(zone).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
		Instant todayStart = today.atStartOfDay(zone).toInstant();
		List<AgendaItem> items = new ArrayList<>();
		plans(userId, "a.occurredAt >= :start and a.occurredAt < :end", start, end)
			.forEach((a) -> items.add(planned(a, zone, now)));
		nextSteps(userId, "a.nextStepDate >= :fromDay and a.nextStepDate <= :toDay", from, to)
			.forEach((a) -> items.add(nextStep(a, today)));
		List<AgendaItem> overdue = new ArrayList<>();
		plans(userId, "a.occurredAt < :end", Instant.EPOCH, todayStart)
			.forEach((a) -> overdue.add(planned(a, zone, now)));
		nextSteps(userId, "a.nextStepDate < :toDay", LocalDate.EPOCH, today)
			.forEach((a) -> overdue.add(nextStep(a, today)));
		Comparator<AgendaItem> order = Comparator.comparing(AgendaItem::date)
			.thenComparing((AgendaItem item) -> item.at() == null)
			.thenComparing(AgendaItem::at, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(AgendaItem::activityId);
		items.sort(order);
		overdue.sort(order);
		return new Agenda(from, to, today, overdue, items);
	}

	/**
	 * The user's planned visits (own or taking part) between {@code start} and
	 * {@code end}.
	 */
	private List<Activity> plans(long userId, String range, Instant start, Instant end) {
		var query = this.entityManager
			.createQuery("select distinct a from Activity a left join fetch a.account left join fetch a.opportunity"
					+ " left join fetch a.contacts left join fetch a.owner where a.status = "
					+ "com.kacrm.domain.activity.ActivityStatus.PLANNED and " + range + " and (a.owner.id = :user"
					+ " or exists (select p from Activity b join b.participants p where b = a and p.id = :user))",
					Activity.class)
			.setParameter("user", userId)
			.setParameter("end", end);
		if (range.contains(":start")) {
			query.setParameter("start", start);
		}
		return query.getResultList();
	}

	/** The user's open next steps dated in the range. */
	private List<Activity> nextSteps(long userId, String range, LocalDate from, LocalDate to) {
		var query = this.entityManager
			.createQuery("select distinct a from Activity a left join fetch a.account left join fetch a.opportunity"
					+ " left join fetch a.lead left join fetch a.owner where a.status = "
					+ "com.kacrm.domain.activity.ActivityStatus.DONE and a.nextStepDoneAt is null"
					+ " and a.nextStep is not null and a.owner.id = :user and " + range, Activity.class)
			.setParameter("user", userId)
			.setParameter("toDay", to);
		if (range.contains(":fromDay")) {
			query.setParameter("fromDay", from);
		}
		return query.getResultList();
	}

	private static AgendaItem planned(Activity a, ZoneId zone, Instant now) {
		return new AgendaItem(AgendaItem.Kind.PLANNED, a.getId(), a.getVersion(),
				a.getOccurredAt().atZone(zone).toLocalDate(), a.getOccurredAt(), a.getEndsAt(), a.getType(),
				a.getAccount().getId(), a.getAccount().getName(),
				(a.getOpportunity() != null) ? a.getOpportunity().getId() : null,
				(a.getOpportunity() != null) ? a.getOpportunity().getName() : null, a.getObjective(), a.getPlace(),
				a.getContacts().stream().map(Contact::getName).sorted().toList(), a.isOverdue(now), ownerName(a));
	}

	private static AgendaItem nextStep(Activity a, LocalDate today) {
		return new AgendaItem(AgendaItem.Kind.NEXT_STEP, a.getId(), a.getVersion(), a.getNextStepDate(), null, null,
				a.getType(), (a.getAccount() != null) ? a.getAccount().getId() : null,
				(a.getAccount() != null) ? a.getAccount().getName()
						: (a.getLead() != null) ? a.getLead().getName() : null,
				(a.getOpportunity() != null) ? a.getOpportunity().getId() : null,
				(a.getOpportunity() != null) ? a.getOpportunity().getName() : null, a.getNextStep(), null, List.of(),
				a.isNextStepOverdue(today), ownerName(a));
	}

	private static String ownerName(Activity a) {
		return (a.getOwner() != null) ? a.getOwner().getDisplayName() : a.getCreatedByName();
	}

}
