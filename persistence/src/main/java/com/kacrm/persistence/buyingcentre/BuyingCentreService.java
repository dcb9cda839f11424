package com.kacrm.persistence.buyingcentre;

import java.util.List;

import com.kacrm.domain.buyingcentre.Attitude;
import com.kacrm.domain.buyingcentre.BuyingCentreMember;
import com.kacrm.domain.buyingcentre.BuyingRole;
import com.kacrm.domain.buyingcentre.Support;
import com.kacrm.domain.contact.Contact;
import com.kacrm.domain.history.FieldChange;
import com.kacrm.domain.history.FieldChanges;
import com.kacrm.domain.history.HistorySubject;
import com.kacrm.domain.opportunity.Opportunity;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.account.AccountAccess;
import com.kacrm.persistence.account.AccountNotFoundException;
import com.kacrm.persistence.contact.ContactNotFoundException;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.shared.ConcurrentEditException;
import com.kacrm.persistence.shared.Viewer;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each deal's buying centre (采购中心 / 决策人分析): who at the customer takes part in the
 * decision, with their role on this deal, their attitude to change and their support for
 * our project, and the coverage that follows from it. Everyone who may see the deal's
 * account may read and change it ({@link AccountAccess}); every change goes into the
 * deal's history (subject {@value #OPPORTUNITY}, labelled with the deal and the person).
 */
@Service
public class BuyingCentreService {

	/** The history subject type of opportunities. */
	public static final String OPPORTUNITY = "OPPORTUNITY";

	/** The history fields of a person's seat, message keys. */
	public static final String ROLE_FIELD = "buyingCentre.role";

	public static final String ATTITUDE_FIELD = "buyingCentre.attitude";

	public static final String SUPPORT_FIELD = "buyingCentre.support";

	static final String MEMBER_ROW = "select new com.kacrm.persistence.buyingcentre.BuyingCentreMemberRow(c.id,"
			+ " c.name, c.title, c.level, m.role, m.attitude, m.support, c.relationshipDepth,"
			+ " case when c.leftAt is null then true else false end, m.version)"
			+ " from BuyingCentreMember m join m.contact c where m.opportunity.id = :opportunity"
			+ " order by m.role, c.name, c.id";

	private final EntityManager entityManager;

	private final AccountAccess access;

	private final HistoryService history;

	BuyingCentreService(EntityManager entityManager, AccountAccess access, HistoryService history) {
		this.entityManager = entityManager;
		this.access = access;
		this.history = history;
	}

	/**
	 * The account's opportunities, newest first, to choose a buying centre.
	 * @throws com.kacrm.persistence.account.AccountNotFoundException when the viewer may
	 * not see the account
	 */
	@Transactional(readOnly = true)
	public List<OpportunityOption> opportunitiesOf(long accountId, Viewer viewer) {
		this.access.visible(accountId, viewer);
		return this.entityManager
			.createQuery(
					"select new com.kacrm.persistence.buyingcentre.OpportunityOption(o.id, o.name, o.milestone)"
							+ " from Opportunity o where o.account.id = :account order by o.createdAt desc, o.id desc",
					OpportunityOption.class)
			.setParameter("account", accountId)
			.getResultList();
	}

	/**
	 * The people in the deal's buying centre, by role and name; those who left the
	 * customer stay listed (flagged) for the deal's record.
	 * @throws BuyingCentreNotFoundException when there is no such deal or the viewer may
	 * not see its account
	 */
	@Transactional(readOnly = true)
	public List<BuyingCentreMemberRow> membersOf(long opportunityId, Viewer viewer) {
		visibleOpportunity(opportunityId, viewer, false);
		return members(opportunityId);
	}

	/**
	 * The deal's coverage: key roles, their holders and best support, and the warnings.
	 * @throws BuyingCentreNotFoundException when there is no such deal or the viewer may
	 * not see its account
	 */
	@Transactional(readOnly = true)
	public CoverageView coverage(long opportunityId, Viewer viewer) {
		Opportunity opportunity = visibleOpportunity(opportunityId, viewer, false);
		return CoverageView.of(opportunityId, opportunity.getName(), members(opportunityId));
	}

	/**
	 * Gives the person a seat in the deal's buying centre, or changes their role,
	 * attitude and support there.
	 * @throws ChangeRejected when role or support is missing or the person left
	 * @throws ContactNotFoundException when there is no such person at the deal's
	 * customer
	 */
	@Transactional
	public void assign(long opportunityId, long contactId, BuyingRole role, Attitude attitude, Support support,
			Viewer viewer) {
		assign(opportunityId, contactId, role, attitude, support, null, viewer);
	}

	/**
	 * As {@link #assign(long, long, BuyingRole, Attitude, Support, Viewer)}, refusing the
	 * change when the person's seat is no longer at {@code expectedVersion} (null: the
	 * caller does not say which seat it read).
	 * @throws ConcurrentEditException when the seat moved on, or was taken or given up,
	 * since the caller read it
	 */
	@Transactional
	public void assign(long opportunityId, long contactId, BuyingRole role, Attitude attitude, Support support,
			Long expectedVersion, Viewer viewer) {
		Opportunity opportunity = visibleOpportunity(opportunityId, viewer, true);
		BuyingCentreMember member = memberOf(opportunityId, contactId);
		if (expectedVersion != null) {
			if (member == null) {
				throw new ConcurrentEditException("No seat of contact " + contactId + " on " + opportunityId);
			}
			ConcurrentEditException.check(member, expectedVersion);
		}
		List<FieldChange> changes;
		Contact contact;
		if (member == null) {
			contact = this.entityManager.find(Contact.class, contactId);
			if (contact == null || !contact.getAccount().getId().equals(opportunity.getAccount().getId())) {
				throw new ContactNotFoundException(contactId);
			}
			BuyingCentreMember created = new BuyingCentreMember(opportunity, contact, role, attitude, support);
			this.entityManager.persist(created);
			changes = new FieldChanges().add(ROLE_FIELD, null, role)
				.add(ATTITUDE_FIELD, null, attitude)
				.add(SUPPORT_FIELD, null, support)
				.list();
		}
		else {
			contact = member.getContact();
			changes = member.change(role, attitude, support);
		}
		if (!changes.isEmpty()) {
			this.history.record(subject(opportunity, contact), changes, viewer.actor(), null);
		}
	}

	/**
	 * Takes the person out of the deal's buying centre.
	 * @throws BuyingCentreNotFoundException when the deal is not visible or the person is
	 * not in its buying centre
	 */
	@Transactional
	public void remove(long opportunityId, long contactId, Viewer viewer) {
		Opportunity opportunity = visibleOpportunity(opportunityId, viewer, true);
		BuyingCentreMember member = memberOf(opportunityId, contactId);
		if (member == null) {
			throw new BuyingCentreNotFoundException(
					"Contact " + contactId + " is not in the buying centre of opportunity " + opportunityId);
		}
		this.history.record(subject(opportunity, member.getContact()),
				new FieldChanges().add(ROLE_FIELD, member.getRole(), null)
					.add(ATTITUDE_FIELD, member.getAttitude(), null)
					.add(SUPPORT_FIELD, member.getSupport(), null)
					.list(),
				viewer.actor(), null);
		this.entityManager.remove(member);
	}

	/** The deal's history subject, labelled with the deal and the person concerned. */
	public static HistorySubject subject(Opportunity opportunity, Contact contact) {
		return new HistorySubject(OPPORTUNITY, opportunity.getId(), opportunity.getName() + " · " + contact.getName());
	}

	private List<BuyingCentreMemberRow> members(long opportunityId) {
		return this.entityManager.createQuery(MEMBER_ROW, BuyingCentreMemberRow.class)
			.setParameter("opportunity", opportunityId)
			.getResultList();
	}

	private BuyingCentreMember memberOf(long opportunityId, long contactId) {
		return this.entityManager
			.createQuery(
					"select m from BuyingCentreMember m join fetch m.contact"
							+ " where m.opportunity.id = :opportunity and m.contact.id = :contact",
					BuyingCentreMember.class)
			.setParameter("opportunity", opportunityId)
			.setParameter("contact", contactId)
			.getResultStream()
			.findFirst()
			.orElse(null);
	}

	/** The opportunity, if the viewer may see its account; else "not found". */
	private Opportunity visibleOpportunity(long opportunityId, Viewer viewer, boolean lock) {
		Opportunity opportunity = this.entityManager.find(Opportunity.class, opportunityId);
		if (opportunity == null) {
			throw new BuyingCentreNotFoundException("No opportunity " + opportunityId);
		}
		try {
			long accountId = opportunity.getAccount().getId();
			if (lock) {
				// Seats and the people they name change one at a time per account.
				this.access.locked(accountId, viewer);
			}
			else {
				this.access.visible(accountId, viewer);
			}
		}
		catch (AccountNotFoundException ex) {
			throw new BuyingCentreNotFoundException("No opportunity " + opportunityId);
		}
		return opportunity;
	}

}
