package com.kacrm.domain.contact;

import java.time.Instant;
import java.util.Objects;

import com.kacrm.domain.account.Account;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * An informal line of influence on the org chart (影响关系): "A influences B" besides the
 * reporting lines, e.g. a chief engineer whose word the purchasing director follows. Both
 * are active people of the same account, and different; a line is drawn once per
 * direction.
 */
@Entity
@Table(name = "influence_line")
public class InfluenceLine {

	public static final int MAX_NOTE = 200;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "account_id", nullable = false, updatable = false)
	private Account account;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "from_contact_id", nullable = false, updatable = false)
	private Contact from;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "to_contact_id", nullable = false, updatable = false)
	private Contact to;

	@Column(length = MAX_NOTE)
	private String note;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected InfluenceLine() {
	}

	/**
	 * {@code from} influences {@code to}.
	 * @throws ChangeRejected when they are the same person, of different accounts, or one
	 * of them left
	 */
	public InfluenceLine(Contact from, Contact to, String note, Instant createdAt) {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		if (from == to || (from.getId() != null && from.getId().equals(to.getId()))) {
			throw ChangeRejected.of("toContactId", "contact.error.influenceSelf");
		}
		if (!from.isSameAccount(to)) {
			throw ChangeRejected.of("toContactId", "contact.error.managerOfOtherAccount");
		}
		if (!from.isActive() || !to.isActive()) {
			throw ChangeRejected.of("toContactId", "contact.error.left");
		}
		String stripped = Text.optional(note);
		if (stripped != null && stripped.length() > MAX_NOTE) {
			throw ChangeRejected.of("note", "form.tooLong", MAX_NOTE);
		}
		this.account = from.getAccount();
		this.from = from;
		this.to = to;
		this.note = stripped;
		this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
	}

	public Long getId() {
		return this.id;
	}

	public Account getAccount() {
		return this.account;
	}

	public Contact getFrom() {
		return this.from;
	}

	public Contact getTo() {
		return this.to;
	}

	public String getNote() {
		return this.note;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
