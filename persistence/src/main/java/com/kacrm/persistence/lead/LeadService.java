package com.kacrm.persistence.lead;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import com.kacrm.domain.activity.Activity;
import com.kacrm.domain.activity.ActivityType;
import com.kacrm.domain.history.FieldChange;
import com.kacrm.domain.history.FieldChanges;
import com.kacrm.domain.history.HistorySubject;
import com.kacrm.domain.lead.Lead;
import com.kacrm.domain.lead.LeadDetails;
import com.kacrm.domain.lead.LeadNumber;
import com.kacrm.domain.organisation.Role;
import com.kacrm.domain.organisation.User;
import com.kacrm.domain.reference.Tier;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.Violation;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.shared.ConcurrentEditException;
import com.kacrm.persistence.shared.NotPermittedException;
import com.kacrm.persistence.shared.Viewer;
import com.kacrm.persistence.tiering.InitialTier;
import com.kacrm.persistence.tiering.TieringService;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to leads: registering (numbered, classed by the tier criteria or by hand with a
 * reason, checked for duplicates first), editing, classing, assigning, logging a contact
 * and discarding. Each change is checked against what the user may do with the lead and
 * goes into the lead's history in the same transaction.
 */
@Service
public class LeadService {

	/** The kinds of contact logged on a lead before it is an account. */
	public static final List<ActivityType> CALL_TYPES = List.of(ActivityType.PHONE_INVITATION, ActivityType.SALES_VISIT,
			ActivityType.OTHER);

	/** The history subject type of leads. */
	public static final String LEAD = TieringService.LEAD;

	private final EntityManager entityManager;

	private final TieringService tiering;

	private final HistoryService history;

	private final LeadScopes scopes;

	private final LeadNumbers numbers;

	private final LeadSheetService sheet;

	private final Clock clock;

	LeadService(EntityManager entityManager, TieringService tiering, HistoryService history, LeadScopes scopes,
			LeadNumbers numbers, LeadSheetService sheet, Clock clock) {
		this.entityManager = entityManager;
		this.tiering = tiering;
		this.history = history;
		this.scopes = scopes;
		this.numbers = numbers;
		this.sheet = sheet;
		this.clock = clock;
	}

	/**
	 * Registers a lead on its region's sheet. A rep registering in their own region owns
	 * it; anyone else's lead goes to the region's pool unless an owner is named (managers
	 * and admins only).
	 * @throws DuplicateSuspectedException when its name matches existing leads or
	 * accounts and {@code duplicatesConfirmed} is false
	 * @throws ChangeRejected naming every field in error
	 */
	@Transactional
	public RegisteredLead register(NewLead newLead, Viewer viewer, boolean duplicatesConfirmed) {
		return register(newLead, viewer, duplicatesConfirmed, null);
	}

	/**
	 * Registers a lead keeping the number it already has, as an imported sheet's 编号; with
	 * {@code number} null, like {@link #register(NewLead, Viewer, boolean)}.
	 * @throws ChangeRejected on {@code number} when it is in use or of another region
	 */
	@Transactional
	public RegisteredLead register(NewLead newLead, Viewer viewer, boolean duplicatesConfirmed, LeadNumber number) {
		return register(newLead, viewer, duplicatesConfirmed, number, new LeadReferences(this.entityManager),
				this.numbers);
	}

	/**
	 * As {@link #register(NewLead, Viewer, boolean, LeadNumber)}, resolving codes through
	 * {@code references} and taking the number from {@code numbers} (an import's, which
	 * look each code up once and draw numbers in blocks).
	 */
	@Transactional
	RegisteredLead register(NewLead newLead, Viewer viewer, boolean duplicatesConfirmed, LeadNumber number,
			LeadReferences references, LeadNumberSource numbers) {
		List<Violation> missingReason = (newLead.customerClass() != null
				&& (newLead.classReason() == null || newLead.classReason().isBlank()))
						? List.of(Violation.of("classReason", "lead.error.reasonRequired")) : List.of();
		LeadDetails details = references.resolve(newLead.draft(), missingReason);
		if (!duplicatesConfirmed) {
			List<DuplicateMatch> matches = this.sheet.duplicatesOf(details.customerName(), null, viewer);
			if (!matches.isEmpty()) {
				throw new DuplicateSuspectedException(matches);
			}
		}
		User registrant = this.entityManager.getReference(User.class, viewer.userId());
		Instant now = this.clock.instant();
		Instant registeredAt = (newLead.registeredAt() != null) ? newLead.registeredAt() : now;
		LeadNumber leadNumber = (number != null) ? numbers.keep(number, details.region())
				: numbers.next(details.region(), registeredAt);
		Lead lead = new Lead(leadNumber, details, registrant, registeredAt);
		User owner = initialOwner(newLead.ownerUsername(), details, viewer);
		if (owner != null) {
			lead.assignTo(owner, now);
		}
		// The lead is inserted complete: one insert, and its first version is 0.
		String classReason = null;
		InitialTier proposed = null;
		if (newLead.customerClass() != null) {
			classReason = lead.classifyByHand(newLead.customerClass(), newLead.classReason());
		}
		else {
			proposed = this.tiering.assessNew(lead);
		}
		this.entityManager.persist(lead);
		HistorySubject subject = subject(lead);
		if (proposed != null) {
			this.tiering.recordInitialTier(lead, subject, proposed, viewer.actor());
		}
		else {
			this.history.record(subject,
					List.of(FieldChange.of(TieringService.INITIAL_TIER_FIELD, null, lead.getTier())), viewer.actor(),
					classReason);
		}
		if (owner != null) {
			this.history.record(subject, List.of(FieldChange.of("lead.owner", null, owner.getDisplayName())),
					viewer.actor(), null);
		}
		return new RegisteredLead(lead.getId(), lead.getNumber(), lead.getStatus(), lead.getTier(),
				lead.getRegisteredAt());
	}

	private User initialOwner(String ownerUsername, LeadDetails details, Viewer viewer) {
		if (ownerUsername != null && !ownerUsername.isBlank()) {
			if (viewer.role() == Role.REP) {
				throw new NotPermittedException("Reps do not assign leads");
			}
			return assignable(ownerUsername, details.region().getId(), this.scopes.of(viewer));
		}
		User registrant = this.entityManager.find(User.class, viewer.userId());
		return Lead.ownsOnRegistration(registrant, details.region()) ? registrant : null;
	}

	/**
	 * Replaces what users write about the lead; its class follows the new data unless it
	 * was set by hand. Changed fields go into the history.
	 * @throws ConcurrentEditException when someone saved the lead since it was shown
	 */
	@Transactional
	public void update(long id, long version, LeadDraft draft, Viewer viewer) {
		Lead lead = this.sheet.forCommand(id, version, this.scopes.of(viewer), LeadPermissions::edit);
		LeadDetails details = new LeadReferences(this.entityManager).resolve(draft);
		FieldChanges changes = new FieldChanges().add("lead.customerName", lead.getName(), details.customerName())
			.add("lead.region", lead.getRegion().getName().zh(), details.region().getName().zh())
			.add("lead.industry", nameOf(lead.getIndustry()), nameOf(details.industry()))
			.add("lead.industryRank", lead.getIndustryRank(), details.industryRank())
			.add("lead.annualRevenue", lead.getAnnualRevenue(), details.annualRevenue())
			.add("lead.source", (lead.getSource() != null) ? lead.getSource().getName().zh() : null,
					(details.source() != null) ? details.source().getName().zh() : null)
			.add("lead.contactHint", lead.getContactHint(), blankToNull(details.contactHint()))
			.add("lead.notes", lead.getNotes(), blankToNull(details.notes()));
		lead.edit(details);
		HistorySubject subject = subject(lead);
		if (!changes.isEmpty()) {
			this.history.record(subject, changes.list(), viewer.actor(), null);
		}
		this.tiering.reassess(lead, subject, viewer.actor());
	}

	/**
	 * Sets the lead's class by hand with a reason, or, with {@code tier} null, lets the
	 * tier criteria decide it again.
	 */
	@Transactional
	public void classify(long id, long version, Tier tier, String reason, Viewer viewer) {
		Lead lead = this.sheet.forCommand(id, version, this.scopes.of(viewer), LeadPermissions::edit);
		HistorySubject subject = subject(lead);
		if (tier == null) {
			if (lead.isTierSetByHand()) {
				this.tiering.followCriteria(lead, subject, viewer.actor());
			}
			return;
		}
		Tier previous = lead.getTier();
		String why = lead.classifyByHand(tier, reason);
		this.history.record(subject, List.of(FieldChange.of(TieringService.TIER_FIELD, previous, tier)), viewer.actor(),
				why);
	}

	/** A manager or admin gives the lead to a rep or manager of a team in its region. */
	@Transactional
	public void assign(long id, long version, String ownerUsername, Viewer viewer) {
		LeadScope scope = this.scopes.of(viewer);
		Lead lead = this.sheet.forCommand(id, version, scope, LeadPermissions::assign);
		if (ownerUsername == null || ownerUsername.isBlank()) {
			throw ChangeRejected.of("ownerUsername", "form.required");
		}
		User owner = assignable(ownerUsername, lead.getRegion().getId(), scope);
		String previous = (lead.getOwner() != null) ? lead.getOwner().getDisplayName() : null;
		lead.assignTo(owner, this.clock.instant());
		this.history.record(subject(lead),
				new FieldChanges().add("lead.owner", previous, owner.getDisplayName())
					.add("lead.status", null, lead.getStatus())
					.list(),
				viewer.actor(), null);
	}

	/**
	 * The owner logged a call with the customer, as a phone invitation, with its outcome.
	 * @see #recordContact(long, long, ActivityType, String, Viewer)
	 */
	@Transactional
	public void recordContact(long id, long version, String note, Viewer viewer) {
		recordContact(id, version, null, note, viewer);
	}

	/**
	 * The owner logged a call or visit with the customer, now, with its outcome
	 * ({@code note}, required): it is an activity of the lead, carried to the account
	 * when the lead is converted; the lead is CONTACTING and its contact clock (the
	 * public pool's "last contact") restarts.
	 * @param type one of {@link #CALL_TYPES}; null for a phone invitation
	 * @throws ChangeRejected on {@code note} without an outcome, on {@code type} for a
	 * type a lead does not take, or when the lead has no owner or is closed
	 */
	@Transactional
	public void recordContact(long id, long version, ActivityType type, String note, Viewer viewer) {
		Lead lead = this.sheet.forCommand(id, version, this.scopes.of(viewer), LeadPermissions::recordContact);
		ActivityType callType = (type != null) ? type : ActivityType.PHONE_INVITATION;
		if (!CALL_TYPES.contains(callType)) {
			throw ChangeRejected.of("type", "lead.contact.error.type");
		}
		var previous = lead.getStatus();
		Instant now = this.clock.instant();
		Activity call;
		try {
			call = Activity.onLead(lead, this.entityManager.find(User.class, viewer.userId()), callType, now, note,
					viewer.actor(), now);
		}
		catch (ChangeRejected ex) {
			throw new ChangeRejected(ex.violations()
				.stream()
				.map((v) -> "summary".equals(v.field()) ? new Violation("note", v.messageKey(), v.arguments()) : v)
				.toList());
		}
		this.entityManager.persist(call);
		this.history.record(subject(lead),
				List.of(FieldChange.of("lead.lastContactedAt", null, "ACTIVITY_" + callType.name())), viewer.actor(),
				call.getSummary());
		if (previous != lead.getStatus()) {
			this.history.record(subject(lead), List.of(FieldChange.of("lead.status", previous, lead.getStatus())),
					viewer.actor(), null);
		}
	}

	/** The lead is given up, with the reason; it leaves the active sheet. */
	@Transactional
	public void discard(long id, long version, String reason, Viewer viewer) {
		Lead lead = this.sheet.forCommand(id, version, this.scopes.of(viewer), LeadPermissions::discard);
		var previous = lead.getStatus();
		lead.discard(reason, this.clock.instant());
		this.history.record(subject(lead), List.of(FieldChange.of("lead.status", previous, lead.getStatus())),
				viewer.actor(), lead.getDiscardReason());
	}

	/**
	 * The user named, if a manager or admin may give them leads of this region: an
	 * enabled rep or manager of a team in the region (and, for a manager, of a team they
	 * cover).
	 */
	private User assignable(String username, Long regionId, LeadScope scope) {
		return this.sheet.assignableOwners(regionId, scope)
			.stream()
			.filter((option) -> option.username().equals(username.strip()))
			.findFirst()
			.map((option) -> this.entityManager
				.createQuery("select u from User u join fetch u.team where u.username = :username", User.class)
				.setParameter("username", option.username())
				.getSingleResult())
			.orElseThrow(() -> ChangeRejected.of("ownerUsername", "lead.error.ownerCannotHold"));
	}

	@Transactional(readOnly = true)
	public long count() {
		return this.entityManager.createQuery("select count(l) from Lead l", Long.class).getSingleResult();
	}

	static HistorySubject subject(Lead lead) {
		return new HistorySubject(LEAD, lead.getId(), lead.getNumber() + " " + lead.getName());
	}

	private static String nameOf(com.kacrm.domain.reference.Industry industry) {
		return (industry != null) ? industry.getName().zh() : null;
	}

	private static String blankToNull(String text) {
		return com.kacrm.domain.shared.Text.optional(text);
	}

}
