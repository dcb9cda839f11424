package com.kacrm.persistence.contact;

import java.time.Clock;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.kacrm.domain.account.Account;
import com.kacrm.domain.contact.Contact;
import com.kacrm.domain.contact.ContactDetails;
import com.kacrm.domain.contact.InfluenceLine;
import com.kacrm.domain.contact.ReportingLines;
import com.kacrm.domain.history.FieldChange;
import com.kacrm.domain.history.HistoryEntry;
import com.kacrm.domain.history.HistorySubject;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.account.AccountAccess;
import com.kacrm.persistence.history.HistoryRow;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.shared.ConcurrentEditException;
import com.kacrm.persistence.shared.Viewer;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people at an account (联系人) and the lines between them: reporting lines that build
 * the org chart, and informal influence lines. Everyone who may see the account may read
 * and change its contacts ({@link AccountAccess}); every change goes into the contact's
 * history (subject {@value #CONTACT}), which the account's history tab shows with the
 * account's own.
 */
@Service
public class ContactService {

	/** The history subject type of contacts. */
	public static final String CONTACT = "CONTACT";

	/**
	 * The history field of influence lines drawn or removed (on the influencing contact).
	 */
	public static final String INFLUENCE_FIELD = "contact.influences";

	/** The longest reason a depth change keeps. */
	public static final int MAX_REASON = 500;

	/** The history field of a person added to the account. */
	public static final String ADDED_FIELD = "contact.added";

	private static final String ROW = "select new com.kacrm.persistence.contact.ContactRow(c.id, c.version,"
			+ " c.account.id, c.name, c.title, c.department, c.phone, c.email, m.id, m.name, c.level, c.interests,"
			+ " c.relationshipDepth, c.targetDepth, case when c.leftAt is null then true else false end)"
			+ " from Contact c left join c.reportsTo m";

	private final EntityManager entityManager;

	private final AccountAccess access;

	private final HistoryService history;

	private final Clock clock;

	ContactService(EntityManager entityManager, AccountAccess access, HistoryService history, Clock clock) {
		this.entityManager = entityManager;
		this.access = access;
		this.history = history;
		this.clock = clock;
	}

	/**
	 * The account's people by level and name; those who left only when
	 * {@code includeLeft}.
	 * @throws com.kacrm.persistence.account.AccountNotFoundException when the viewer may
	 * not see the account
	 */
	@Transactional(readOnly = true)
	public List<ContactRow> contactsOf(long accountId, boolean includeLeft, Viewer viewer) {
		this.access.visible(accountId, viewer);
		// Levels top-down in the enum's order (形象层 first), not the stored names' order.
		return this.entityManager
			.createQuery(ROW + " where c.account.id = :account" + (includeLeft ? "" : " and c.leftAt is null")
					+ " order by c.name, c.id", ContactRow.class)
			.setParameter("account", accountId)
			.getResultStream()
			.sorted(Comparator.comparing(ContactRow::level))
			.toList();
	}

	/**
	 * One person of the account.
	 * @throws ContactNotFoundException when there is no such person at the account or the
	 * viewer may not see the account
	 */
	@Transactional(readOnly = true)
	public ContactRow show(long accountId, long contactId, Viewer viewer) {
		this.access.visible(accountId, viewer);
		return this.entityManager.createQuery(ROW + " where c.id = :id and c.account.id = :account", ContactRow.class)
			.setParameter("id", contactId)
			.setParameter("account", accountId)
			.getResultStream()
			.findFirst()
			.orElseThrow(() -> new ContactNotFoundException(contactId));
	}

	/**
	 * One person of the account with when they were added and left, for their page.
	 * @throws ContactNotFoundException when there is no such person at the account or the
	 * viewer may not see the account
	 */
	@Transactional(readOnly = true)
	public ContactView view(long accountId, long contactId, Viewer viewer) {
		ContactRow row = show(accountId, contactId, viewer);
		Contact contact = contactOf(accountId, contactId);
		return new ContactView(row, contact.getCreatedAt(), contact.getLeftAt());
	}

	/**
	 * The trend of the relationship depth with the person, oldest first: the depth they
	 * were added with, then every change (history entries of
	 * {@value Contact#DEPTH_FIELD}) with who made it and why.
	 * @throws ContactNotFoundException when there is no such person at the account or the
	 * viewer may not see the account
	 */
	@Transactional(readOnly = true)
	public List<DepthChange> depthHistoryOf(long accountId, long contactId, Viewer viewer) {
		this.access.visible(accountId, viewer);
		Contact contact = contactOf(accountId, contactId);
		List<HistoryEntry> entries = this.entityManager
			.createQuery("select h from HistoryEntry h where h.subjectType = :type and h.subjectId = :id"
					+ " and h.field in (:fields) order by h.occurredAt, h.id", HistoryEntry.class)
			.setParameter("type", CONTACT)
			.setParameter("id", contactId)
			.setParameter("fields", List.of(ADDED_FIELD, Contact.DEPTH_FIELD))
			.getResultList();
		List<HistoryEntry> changes = entries.stream()
			.filter((entry) -> entry.getField().equals(Contact.DEPTH_FIELD))
			.toList();
		String addedBy = entries.stream()
			.filter((entry) -> entry.getField().equals(ADDED_FIELD))
			.map(HistoryEntry::getActorName)
			.findFirst()
			.orElse(null);
		Integer initial = changes.isEmpty() ? Integer.valueOf(contact.getRelationshipDepth())
				: depth(changes.get(0).getOldValue());
		List<DepthChange> trend = new ArrayList<>();
		if (initial != null) {
			trend.add(new DepthChange(contact.getCreatedAt(), null, initial, addedBy, null));
		}
		for (HistoryEntry change : changes) {
			Integer to = depth(change.getNewValue());
			if (to != null) {
				trend.add(new DepthChange(change.getOccurredAt(), depth(change.getOldValue()), to,
						change.getActorName(), change.getReason()));
			}
		}
		return trend;
	}

	private static Integer depth(String value) {
		try {
			return (value != null) ? Integer.valueOf(value.strip()) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * The person's history, newest first: edits, depth changes, moves, influence lines.
	 */
	@Transactional(readOnly = true)
	public List<HistoryRow> historyOf(long accountId, long contactId, Viewer viewer) {
		ContactRow contact = show(accountId, contactId, viewer);
		return this.history.latestOf(new HistorySubject(CONTACT, contact.id(), contact.name()));
	}

	/**
	 * Adds a person to the account.
	 * @return the new contact's id
	 * @throws ChangeRejected when the details break the rules or the manager is not an
	 * active person of the account
	 */
	@Transactional
	public long add(long accountId, NewContact contact, Viewer viewer) {
		Account account = this.access.locked(accountId, viewer);
		Contact created = new Contact(account, contact.details(), contact.relationshipDepth(), this.clock.instant());
		created.filedBy(viewer.actor());
		// A person not yet saved closes no reporting cycle: placed before the insert, the
		// new contact starts at version 0 like every other record.
		FieldChange placed = (contact.reportsToId() != null)
				? created.reportTo(managerOf(accountId, contact.reportsToId()), new ReportingLines(Map.of())) : null;
		this.entityManager.persist(created);
		HistorySubject subject = subject(created);
		this.history.record(subject, List.of(FieldChange.of(ADDED_FIELD, null, created.getName())), viewer.actor(),
				null);
		record(subject, placed, viewer);
		return created.getId();
	}

	/**
	 * Replaces what users write about the person.
	 * @throws ConcurrentEditException when someone saved the person since it was shown
	 */
	@Transactional
	public void update(long accountId, long contactId, long version, ContactDetails details, Viewer viewer) {
		Contact contact = forEdit(accountId, contactId, version, viewer);
		List<FieldChange> changes = contact.edit(details);
		if (!changes.isEmpty()) {
			this.history.record(subject(contact), changes, viewer.actor(), null);
		}
	}

	/**
	 * Puts the person under {@code managerId} on the chart, or at the top when it is
	 * null.
	 * @throws ChangeRejected when the move would close a reporting cycle or the manager
	 * is not an active person of the account
	 */
	@Transactional
	public void moveUnder(long accountId, long contactId, long version, Long managerId, Viewer viewer) {
		Contact contact = forEdit(accountId, contactId, version, viewer);
		Contact manager = (managerId != null) ? managerOf(accountId, managerId) : null;
		record(subject(contact), contact.reportTo(manager, linesOf(accountId)), viewer);
	}

	/**
	 * Records a new relationship depth with the person, optionally saying why; the
	 * history of depth changes is the relationship's trend.
	 */
	@Transactional
	public void changeDepth(long accountId, long contactId, long version, int depth, String reason, Viewer viewer) {
		Contact contact = forEdit(accountId, contactId, version, viewer);
		if (reason != null && reason.strip().length() > MAX_REASON) {
			throw ChangeRejected.of("reason", "form.tooLong", MAX_REASON);
		}
		FieldChange change = contact.changeDepth(depth);
		if (change != null) {
			this.history.record(subject(contact), List.of(change), viewer.actor(), reason);
		}
	}

	/**
	 * Records that the person left the customer. Their influence lines stay on file but
	 * leave the chart with them.
	 * @throws ChangeRejected when others still report to them
	 */
	@Transactional
	public void leave(long accountId, long contactId, long version, Viewer viewer) {
		Contact contact = forEdit(accountId, contactId, version, viewer);
		String manager = (contact.getReportsTo() != null) ? contact.getReportsTo().getName() : null;
		FieldChange left = contact.leave(this.clock.instant(), linesOf(accountId));
		this.history.record(subject(contact), List.of(left, FieldChange.of("contact.reportsTo", manager, null)),
				viewer.actor(), null);
	}

	/** The account's informal influence lines between active people. */
	@Transactional(readOnly = true)
	public List<InfluenceRow> influencesOf(long accountId, Viewer viewer) {
		this.access.visible(accountId, viewer);
		return this.entityManager
			.createQuery(
					"select new com.kacrm.persistence.contact.InfluenceRow(l.id, f.id, f.name, t.id, t.name,"
							+ " l.note) from InfluenceLine l join l.from f join l.to t where l.account.id = :account"
							+ " and f.leftAt is null and t.leftAt is null" + " order by f.name, t.name, l.id",
					InfluenceRow.class)
			.setParameter("account", accountId)
			.getResultList();
	}

	/**
	 * Draws "{@code fromId} influences {@code toId}".
	 * @return the line's id
	 * @throws ChangeRejected when the line exists already, or the people are the same, of
	 * another account or left
	 */
	@Transactional
	public long addInfluence(long accountId, long fromId, long toId, String note, Viewer viewer) {
		this.access.locked(accountId, viewer);
		Contact from = contactOf(accountId, fromId);
		Contact to = contactOf(accountId, toId);
		boolean exists = !this.entityManager
			.createQuery("select l.id from InfluenceLine l where l.from.id = :from and l.to.id = :to", Long.class)
			.setParameter("from", fromId)
			.setParameter("to", toId)
			.getResultList()
			.isEmpty();
		if (exists) {
			throw ChangeRejected.of("toContactId", "contact.error.influenceExists");
		}
		InfluenceLine line = new InfluenceLine(from, to, note, this.clock.instant());
		this.entityManager.persist(line);
		this.history.record(subject(from), List.of(FieldChange.of(INFLUENCE_FIELD, null, to.getName())), viewer.actor(),
				line.getNote());
		return line.getId();
	}

	/** Removes an influence line of the account. */
	@Transactional
	public void removeInfluence(long accountId, long lineId, Viewer viewer) {
		this.access.locked(accountId, viewer);
		InfluenceLine line = this.entityManager.find(InfluenceLine.class, lineId);
		if (line == null || !line.getAccount().getId().equals(accountId)) {
			throw new ContactNotFoundException(lineId);
		}
		this.history.record(subject(line.getFrom()),
				List.of(FieldChange.of(INFLUENCE_FIELD, line.getTo().getName(), null)), viewer.actor(), null);
		this.entityManager.remove(line);
	}

	/** The account's reporting lines between active people, for the cycle check. */
	private ReportingLines linesOf(long accountId) {
		Map<Long, Long> managerOf = new HashMap<>();
		this.entityManager
			.createQuery("select c.id, c.reportsTo.id from Contact c where c.account.id = :account"
					+ " and c.reportsTo is not null and c.leftAt is null", Object[].class)
			.setParameter("account", accountId)
			.getResultList()
			.forEach((row) -> managerOf.put((Long) row[0], (Long) row[1]));
		return new ReportingLines(managerOf);
	}

	private Contact forEdit(long accountId, long contactId, long version, Viewer viewer) {
		this.access.locked(accountId, viewer);
		Contact contact = contactOf(accountId, contactId);
		ConcurrentEditException.check(contact, version);
		return contact;
	}

	/**
	 * The person chosen as manager: a refusal on the reports-to field, not a 404, when
	 * there is no such person at the account.
	 */
	private Contact managerOf(long accountId, long managerId) {
		try {
			return contactOf(accountId, managerId);
		}
		catch (ContactNotFoundException ex) {
			throw ChangeRejected.of("reportsToId", "contact.error.managerOfOtherAccount");
		}
	}

	/** A person of the account; the caller checked the account is visible. */
	private Contact contactOf(long accountId, long contactId) {
		Contact contact = this.entityManager.find(Contact.class, contactId);
		if (contact == null || !contact.getAccount().getId().equals(accountId)) {
			throw new ContactNotFoundException(contactId);
		}
		return contact;
	}

	private void record(HistorySubject subject, FieldChange change, Viewer viewer) {
		if (change != null) {
			this.history.record(subject, List.of(change), viewer.actor(), null);
		}
	}

	/** The contact's history subject. */
	public static HistorySubject subject(Contact contact) {
		return new HistorySubject(CONTACT, contact.getId(), contact.getName());
	}

}
