package com.kacrm.persistence.opportunity;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.kacrm.domain.history.FieldChange;
import com.kacrm.domain.opportunity.Opportunity;
import com.kacrm.domain.opportunity.Payment;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.shared.BusinessCalendar;
import com.kacrm.persistence.shared.Viewer;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The payments received (回款) against the contracts of deals the user may see: the list
 * with its total and what is outstanding, and recording one more. Everyone who may see
 * the deal may record a payment; milestone 8's automatic item PAYMENT_RECORDED reads
 * them. Each payment is written to the deal's history.
 */
@Service
public class PaymentService {

	/** The history field of a payment recorded on a deal; the new value is its amount. */
	public static final String PAYMENT_FIELD = "opportunity.payment";

	private final EntityManager entityManager;

	private final OpportunityAccess access;

	private final HistoryService history;

	private final Clock clock;

	private final BusinessCalendar calendar;

	PaymentService(EntityManager entityManager, OpportunityAccess access, HistoryService history, Clock clock,
			BusinessCalendar calendar) {
		this.calendar = calendar;
		this.entityManager = entityManager;
		this.access = access;
		this.history = history;
		this.clock = clock;
	}

	/**
	 * The deal's payments, newest first, with their total and what is outstanding.
	 * @throws OpportunityNotFoundException when the viewer may not see the deal
	 */
	@Transactional(readOnly = true)
	public Payments payments(long opportunityId, Viewer viewer) {
		Opportunity opportunity = this.access.visible(opportunityId, viewer);
		List<PaymentRow> rows = this.entityManager
			.createQuery("select p from Payment p where p.opportunity.id = :id order by p.receivedOn desc, p.id desc",
					Payment.class)
			.setParameter("id", opportunityId)
			.getResultStream()
			.map((p) -> new PaymentRow(p.getId(), p.getAmount(), p.getReceivedOn(), p.getNote(), p.getRecordedAt(),
					p.getRecordedByName()))
			.toList();
		BigDecimal total = rows.stream().map(PaymentRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal contract = opportunity.getContractAmount();
		return new Payments(rows, total, contract, (contract != null) ? contract.subtract(total) : null);
	}

	/**
	 * Records a payment received on {@code receivedOn} against the deal's contract.
	 * @return the payment's id
	 * @throws OpportunityNotFoundException when the viewer may not see the deal
	 * @throws ChangeRejected when the deal has no contract, the amount is not positive,
	 * the date is missing or in the future, or the note is too long
	 */
	@Transactional
	public long record(long opportunityId, BigDecimal amount, LocalDate receivedOn, String note, Viewer viewer) {
		Opportunity opportunity = this.access.forChange(opportunityId, null, viewer);
		Payment payment = new Payment(opportunity, amount, receivedOn, note, this.calendar.today(), viewer.actor(),
				this.clock.instant());
		this.entityManager.persist(payment);
		this.history.record(OpportunityService.subject(opportunity),
				List.of(FieldChange.of(PAYMENT_FIELD, null, payment.getAmount())), viewer.actor(), payment.getNote());
		this.entityManager.flush();
		return payment.getId();
	}

}
