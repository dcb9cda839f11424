package com.kacrm.domain.contact;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.kacrm.domain.account.Account;
import com.kacrm.domain.history.FieldChange;
import com.kacrm.domain.history.FieldChanges;
import com.kacrm.domain.shared.Actor;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.Text;
import com.kacrm.domain.shared.VersionedEntity;
import com.kacrm.domain.shared.Violation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A person at a customer (联系人): the nodes of the account's org chart (组织结构-影响关系图).
 *
 * <p>
 * Lifecycle: a contact is added to one account and stays with it; while active they may
 * report to another active contact of the same account (the reporting line that builds
 * the chart), have their relationship depth (关系层度 1–5) raised or lowered, and be edited.
 * A contact who leaves the customer (离职) stays on file for the history and past deals but
 * leaves the chart; a person with direct reports cannot leave before the reports are
 * moved.
 *
 * <p>
 * Invariants: reporting lines never form a cycle ({@link ReportingLines}); depth and
 * target depth lie within 1–5.
 */
@Entity
@Table(name = "contact")
public class Contact extends VersionedEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "account_id", nullable = false, updatable = false)
	private Account account;

	@Column(nullable = false, length = ContactDetails.MAX_NAME)
	private String name;

	@Column(length = ContactDetails.MAX_TITLE)
	private String title;

	@Column(length = ContactDetails.MAX_DEPARTMENT)
	private String department;

	@Column(length = ContactDetails.MAX_PHONE)
	private String phone;

	@Column(length = ContactDetails.MAX_EMAIL)
	private String email;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "reports_to_id")
	private Contact reportsTo;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private ContactLevel level;

	@Column(length = ContactDetails.MAX_INTERESTS)
	private String interests;

	@Column(name = "relationship_depth", nullable = false)
	private int relationshipDepth = RelationshipDepth.MIN;

	@Column(name = "target_depth")
	private Integer targetDepth;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	/**
	 * Who filed this record (the KPI "information collected" counts them per rep); null
	 * for the system or records older than V022 without history.
	 */
	@Column(name = "created_by_id", updatable = false)
	private Long createdById;

	@Column(name = "left_at")
	private Instant leftAt;

	protected Contact() {
	}

	/**
	 * A new person at {@code account}, at depth {@code depth}, reporting to nobody yet.
	 * @throws ChangeRejected with every rule the details or the depth break
	 */
	public Contact(Account account, ContactDetails details, int depth, Instant createdAt) {
		this.account = Objects.requireNonNull(account, "account");
		Objects.requireNonNull(details, "details");
		List<Violation> violations = new ArrayList<>(details.violations());
		if (!RelationshipDepth.isValid(depth)) {
			violations.add(depthOutOfRange());
		}
		ChangeRejected.throwIfAny(violations);
		take(details);
		this.relationshipDepth = depth;
		this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
	}

	/**
	 * Replaces what users write about the person.
	 * @return the fields that changed, for the history
	 * @throws ChangeRejected with every rule the details break, or when the person left
	 */
	public List<FieldChange> edit(ContactDetails details) {
		requireActive();
		FieldChanges changes = new FieldChanges().add("contact.name", this.name, stripped(details.name()))
			.add("contact.title", this.title, Text.optional(details.title()))
			.add("contact.department", this.department, Text.optional(details.department()))
			.add("contact.phone", this.phone, Text.optional(details.phone()))
			.add("contact.email", this.email, Text.optional(details.email()))
			.add("contact.level", this.level, details.level())
			.add("contact.interests", this.interests, Text.optional(details.interests()))
			.add("contact.targetDepth", this.targetDepth, details.targetDepth());
		take(details);
		return changes.list();
	}

	private static String stripped(String value) {
		return (value != null) ? value.strip() : null;
	}

	private void take(ContactDetails details) {
		Objects.requireNonNull(details, "details");
		ChangeRejected.throwIfAny(details.violations());
		this.name = details.name().strip();
		this.title = Text.optional(details.title());
		this.department = Text.optional(details.department());
		this.phone = Text.optional(details.phone());
		this.email = Text.optional(details.email());
		this.level = details.level();
		this.interests = Text.optional(details.interests());
		this.targetDepth = details.targetDepth();
	}

	/**
	 * Records a new relationship depth; the history of these changes is the depth's
	 * trend.
	 * @return the change, or null when the depth stays the same
	 * @throws ChangeRejected when the depth is outside 1–5 or the person left
	 */
	public FieldChange changeDepth(int depth) {
		requireActive();
		checkDepth(depth);
		FieldChange change = FieldChange.of(DEPTH_FIELD, this.relationshipDepth, depth);
		this.relationshipDepth = depth;
		return change.isChange() ? change : null;
	}

	/** The history field of the relationship depth; its entries are the depth's trend. */
	public static final String DEPTH_FIELD = "contact.relationshipDepth";

	private static void checkDepth(int depth) {
		if (!RelationshipDepth.isValid(depth)) {
			throw new ChangeRejected(depthOutOfRange());
		}
	}

	private static Violation depthOutOfRange() {
		return Violation.of("relationshipDepth", "form.range", RelationshipDepth.MIN, RelationshipDepth.MAX);
	}

	/**
	 * Puts the person under {@code manager} on the chart, or at the top when it is null.
	 * @param lines the account's current reporting lines
	 * @return the change, or null when the manager stays the same
	 * @throws ChangeRejected when the manager is of another account, has left, is the
	 * person or reports (directly or not) to the person
	 */
	public FieldChange reportTo(Contact manager, ReportingLines lines) {
		requireActive();
		if (manager != null) {
			if (!isSameAccount(manager)) {
				throw ChangeRejected.of("reportsToId", "contact.error.managerOfOtherAccount");
			}
			if (!manager.isActive()) {
				throw ChangeRejected.of("reportsToId", "contact.error.managerLeft");
			}
			lines.checkMove(getId(), manager.getId());
		}
		FieldChange change = FieldChange.of("contact.reportsTo", nameOf(this.reportsTo), nameOf(manager));
		this.reportsTo = manager;
		return change.isChange() ? change : null;
	}

	private static String nameOf(Contact contact) {
		return (contact != null) ? contact.getName() : null;
	}

	/**
	 * Records that the person left the customer: they stay on file and leave the chart.
	 * @throws ChangeRejected when others still report to them or they left already
	 */
	public FieldChange leave(Instant at, ReportingLines lines) {
		requireActive();
		if (lines.hasReports(getId())) {
			throw ChangeRejected.of(null, "contact.error.hasReports");
		}
		this.leftAt = Objects.requireNonNull(at, "at");
		this.reportsTo = null;
		return FieldChange.of("contact.leftAt", null, at);
	}

	/** Whether {@code other} is a person of the same account. */
	public boolean isSameAccount(Contact other) {
		// other may be a lazy proxy (e.g. someone's manager): read it through its getter,
		// never its field
		return other != null && this.account.getId() != null && this.account.getId().equals(other.getAccount().getId());
	}

	private void requireActive() {
		if (!isActive()) {
			throw ChangeRejected.of(null, "contact.error.left");
		}
	}

	public boolean isActive() {
		return this.leftAt == null;
	}

	/** Whether the depth is below the target set for this person. */
	public boolean isBelowTarget() {
		return this.targetDepth != null && this.relationshipDepth < this.targetDepth;
	}

	public Account getAccount() {
		return this.account;
	}

	public String getName() {
		return this.name;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDepartment() {
		return this.department;
	}

	public String getPhone() {
		return this.phone;
	}

	public String getEmail() {
		return this.email;
	}

	public Contact getReportsTo() {
		return this.reportsTo;
	}

	public ContactLevel getLevel() {
		return this.level;
	}

	public String getInterests() {
		return this.interests;
	}

	public int getRelationshipDepth() {
		return this.relationshipDepth;
	}

	public Integer getTargetDepth() {
		return this.targetDepth;
	}

	/**
	 * Records who filed this new record; set once, when it is created.
	 */
	public void filedBy(Actor actor) {
		if (this.createdById == null) {
			this.createdById = actor.userId();
		}
	}

	public Long getCreatedById() {
		return this.createdById;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getLeftAt() {
		return this.leftAt;
	}

}
