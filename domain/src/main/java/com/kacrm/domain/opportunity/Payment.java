package com.kacrm.domain.opportunity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import com.kacrm.domain.shared.Actor;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.Text;
import com.kacrm.domain.shared.Violations;
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
 * A payment received (回款) against a won deal's contract: amount in 万元, the day it came
 * in, and a note. Payments are recorded, never changed.
 */
@Entity
@Table(name = "opportunity_payment")
public class Payment {

	public static final int MAX_NOTE = 500;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "opportunity_id", nullable = false, updatable = false)
	private Opportunity opportunity;

	@Column(nullable = false, updatable = false, precision = 16, scale = 4)
	private BigDecimal amount;

	@Column(name = "received_on", nullable = false, updatable = false)
	private LocalDate receivedOn;

	@Column(updatable = false, length = MAX_NOTE)
	private String note;

	@Column(name = "recorded_at", nullable = false, updatable = false)
	private Instant recordedAt;

	@Column(name = "recorded_by_name", nullable = false, updatable = false, length = 100)
	private String recordedByName;

	protected Payment() {
	}

	/**
	 * @throws ChangeRejected when the deal has no contract yet, the amount is missing or
	 * not positive, the date is missing or in the future, or the note is too long
	 */
	public Payment(Opportunity opportunity, BigDecimal amount, LocalDate receivedOn, String note, LocalDate today,
			Actor by, Instant at) {
		this.opportunity = Objects.requireNonNull(opportunity, "opportunity");
		String text = Text.optional(note);
		Violations violations = new Violations();
		if (!opportunity.hasContract()) {
			violations.add("amount", "opportunity.payment.noContract");
		}
		if (amount == null) {
			violations.add("amount", "form.required");
		}
		else if (amount.signum() <= 0) {
			violations.add("amount", "opportunity.payment.amountPositive");
		}
		else {
			violations.amount("amount", amount);
		}
		if (receivedOn == null) {
			violations.add("receivedOn", "form.required");
		}
		else if (receivedOn.isAfter(today)) {
			violations.add("receivedOn", "opportunity.payment.inFuture");
		}
		violations.optionalText("note", text, MAX_NOTE).throwIfAny();
		this.amount = amount;
		this.receivedOn = receivedOn;
		this.note = text;
		this.recordedByName = Objects.requireNonNull(by, "by").name();
		this.recordedAt = Objects.requireNonNull(at, "at");
	}

	public Long getId() {
		return this.id;
	}

	public Opportunity getOpportunity() {
		return this.opportunity;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public LocalDate getReceivedOn() {
		return this.receivedOn;
	}

	public String getNote() {
		return this.note;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

	public String getRecordedByName() {
		return this.recordedByName;
	}

}
