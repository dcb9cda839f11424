package com.kacrm.persistence.opportunity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import com.kacrm.domain.history.HistorySubject;
import com.kacrm.domain.opportunity.Opportunity;
import com.kacrm.domain.organisation.Role;
import com.kacrm.domain.organisation.User;
import com.kacrm.domain.playbook.Milestone;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.Violation;
import com.kacrm.persistence.account.AccountService;
import com.kacrm.persistence.contact.ContactService;
import com.kacrm.persistence.history.HistoryRow;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.shared.Viewer;
import com.kacrm.persistence.test.OrgChartWorld;
import com.kacrm.persistence.test.PersistenceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Payments received (回款) on the real database: only against a recorded contract, summed
 * with what is outstanding, each in the deal's history; other teams' reps find nothing.
 * Each test rolls back.
 */
@PersistenceTest
class PaymentServiceIntegrationTests {

	@Autowired
	PaymentService payments;

	@Autowired
	OpportunityService opportunities;

	@Autowired
	MilestoneService milestones;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	@Autowired
	HistoryService history;

	@Autowired
	TestEntityManager entities;

	OrgChartWorld world;

	@BeforeEach
	void createWorld() {
		this.world = new OrgChartWorld(this.entities, this.accounts, this.contacts);
	}

	@Test
	void paymentsAgainstTheContractAddUpAndLeaveTheRestOutstanding() {
		signContract(new BigDecimal("100"));
		this.payments.record(this.world.opportunityId, new BigDecimal("30"), LocalDate.now().minusDays(10), "首付款",
				this.world.rep);
		this.payments.record(this.world.opportunityId, new BigDecimal("25.5"), LocalDate.now(), null, this.world.rep);
		this.world.clear();

		Payments result = this.payments.payments(this.world.opportunityId, this.world.rep);
		assertThat(result.rows()).extracting(PaymentRow::amount)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("25.5"), new BigDecimal("30"));
		assertThat(result.rows()).extracting(PaymentRow::note).containsExactly(null, "首付款");
		assertThat(result.total()).isEqualByComparingTo("55.5");
		assertThat(result.contractAmount()).isEqualByComparingTo("100");
		assertThat(result.outstanding()).isEqualByComparingTo("44.5");
		assertThat(this.history.latestOf(new HistorySubject(OpportunityService.OPPORTUNITY, this.world.opportunityId)))
			.filteredOn((row) -> row.field().equals(PaymentService.PAYMENT_FIELD))
			.extracting(HistoryRow::newValue, HistoryRow::reason)
			.containsExactlyInAnyOrder(tuple("30", "首付款"), tuple("25.5", null));
	}

	@Test
	void noPaymentBeforeTheContractNorOneInTheFuture() {
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.payments.record(this.world.opportunityId, new BigDecimal("10"), LocalDate.now(),
					null, this.world.rep))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field, Violation::messageKey)
				.containsExactly(tuple("amount", "opportunity.payment.noContract")));
		signContract(new BigDecimal("100"));
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.payments.record(this.world.opportunityId, new BigDecimal("-1"),
					LocalDate.now().plusDays(3), null, this.world.rep))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field, Violation::messageKey)
				.containsExactlyInAnyOrder(tuple("amount", "opportunity.payment.amountPositive"),
						tuple("receivedOn", "opportunity.payment.inFuture")));
		Payments result = this.payments.payments(this.world.opportunityId, this.world.rep);
		assertThat(result.rows()).isEmpty();
		assertThat(result.total()).isEqualByComparingTo("0");
		assertThat(result.outstanding()).isEqualByComparingTo("100");
	}

	@Test
	void aRepOfAnotherTeamFindsNeitherTheDealNorItsPayments() {
		signContract(new BigDecimal("100"));
		assertThatExceptionOfType(OpportunityNotFoundException.class)
			.isThrownBy(() -> this.payments.payments(this.world.opportunityId, this.world.otherTeamRep));
		assertThatExceptionOfType(OpportunityNotFoundException.class).isThrownBy(() -> this.payments
			.record(this.world.opportunityId, BigDecimal.ONE, LocalDate.now(), null, this.world.otherTeamRep));
		assertThat(this.payments.payments(this.world.opportunityId, this.world.rep).rows()).isEmpty();
	}

	/** Takes the deal to 签约成交 by an admin's overrides and records its contract. */
	private void signContract(BigDecimal amount) {
		User admin = this.entities
			.persist(new User("admin" + this.world.opportunityId, "测试管理员", "{test}x", Role.ADMIN, null, Instant.now()));
		this.entities.flush();
		Viewer adminViewer = new Viewer(admin.getId(), admin.getDisplayName(), Role.ADMIN, null);
		Milestone at = Milestone.PLANNING;
		while (at != Milestone.CONTRACT_SIGNED) {
			at = at.next().orElseThrow();
			this.milestones.move(this.world.opportunityId, null, at, "测试：越过关卡", true, adminViewer);
		}
		long version = this.entities.find(Opportunity.class, this.world.opportunityId).getVersion();
		this.opportunities.recordContract(this.world.opportunityId, version, amount, LocalDate.now(), this.world.rep);
	}

}
