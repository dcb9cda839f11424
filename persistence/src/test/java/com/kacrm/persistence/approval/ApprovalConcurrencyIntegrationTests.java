package com.kacrm.persistence.approval;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.kacrm.domain.approval.ApprovalConflict;
import com.kacrm.domain.approval.ApprovalStatus;
import com.kacrm.persistence.shared.Viewer;
import com.kacrm.persistence.test.PersistenceTest;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Exactly one decision per submission (issue 7), on the real PostgreSQL with committed
 * data: two deciders — the manager of the deal's team and an admin — released at the same
 * moment, one approving and one rejecting, many times over. Each time one of them decides
 * and the other is told who decided how; the request has one step out of SUBMITTED and
 * the deal at most one approval. The database's unique index refuses a second decision
 * even when the Java checks are bypassed. Runs without a surrounding test transaction, so
 * the deciders' threads see the rows; the data is unique to each run and stays.
 */
@PersistenceTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class ApprovalConcurrencyIntegrationTests {

	static final int ROUNDS = 30;

	@Autowired
	ApprovalService approvals;

	@Autowired
	EntityManager entities;

	@Autowired
	ApplicationContext context;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	DataSource dataSource;

	ApprovalWorld world;

	JdbcTemplate jdbc;

	ExecutorService deciders;

	@BeforeEach
	void createWorld() {
		this.world = new TransactionTemplate(this.transactions)
			.execute((status) -> new ApprovalWorld(this.entities, this.context));
		this.jdbc = new JdbcTemplate(this.dataSource);
		this.deciders = Executors.newFixedThreadPool(2);
	}

	@AfterEach
	void stopDeciders() throws InterruptedException {
		this.deciders.shutdownNow();
		this.deciders.awaitTermination(10, TimeUnit.SECONDS);
	}

	@Test
	void anApprovalAndARejectionAtTheSameMomentAlwaysMakeExactlyOneDecision() throws Exception {
		List<ApprovalStatus> winners = new ArrayList<>();
		for (int round = 0; round < ROUNDS; round++) {
			long deal = this.world.readyDeal("并发" + round);
			long id = this.approvals.create(deal, this.world.completeForm("并发审批" + round), this.world.southRep);
			this.approvals.submit(id, null, this.world.southRep);
			// Who approves and who rejects alternates, so both kinds of decider win and
			// lose.
			Viewer approver = (round % 2 == 0) ? this.world.southManager : this.world.admin;
			Viewer rejecter = (round % 2 == 0) ? this.world.admin : this.world.southManager;
			CyclicBarrier start = new CyclicBarrier(2);
			Future<Object> approval = this.deciders.submit(decide(start,
					() -> this.approvals.approve(id, "同意立项", approver), ApprovalStatus.APPROVED, approver));
			Future<Object> rejection = this.deciders.submit(decide(start,
					() -> this.approvals.reject(id, "不予立项", rejecter), ApprovalStatus.REJECTED, rejecter));
			Object approved = approval.get(30, TimeUnit.SECONDS);
			Object rejected = rejection.get(30, TimeUnit.SECONDS);

			String context = "round " + round + ": " + approved + " / " + rejected;
			assertThat(List.of(approved, rejected)).as(context).filteredOn(Decided.class::isInstance).hasSize(1);
			Decided winner = (approved instanceof Decided a) ? a : (Decided) rejected;
			Object loser = (winner == approved) ? rejected : approved;
			assertThat(loser).as(context).isInstanceOfSatisfying(ApprovalConflict.class, (conflict) -> {
				assertThat(conflict.status()).isEqualTo(winner.status());
				assertThat(conflict.lastActorName()).isEqualTo(winner.by().name());
			});
			assertThat(this.jdbc.queryForObject("select status from approval_request where id = ?", String.class, id))
				.as(context)
				.isEqualTo(winner.status().name());
			assertThat(this.jdbc.queryForObject(
					"select count(*) from approval_transition" + " where request_id = ? and from_status = 'SUBMITTED'",
					Integer.class, id))
				.as(context)
				.isOne();
			assertThat(this.jdbc.queryForObject(
					"select count(*) from approval_transition where request_id = ? and round = 1", Integer.class, id))
				.as(context)
				.isEqualTo(2);
			assertThat(this.jdbc.queryForObject("select count(*) from history_entry where subject_type = 'OPPORTUNITY'"
					+ " and subject_id = ? and field = ?", Integer.class, deal, ApprovalService.APPROVAL_FIELD))
				.as(context)
				.isEqualTo((winner.status() == ApprovalStatus.APPROVED) ? 1 : 0);
			assertThat(
					this.jdbc.queryForObject(
							"select count(*) from milestone_move"
									+ " where opportunity_id = ? and to_milestone = 'PROJECT_APPROVAL'",
							Integer.class, deal))
				.as(context)
				.isEqualTo((winner.status() == ApprovalStatus.APPROVED) ? 1 : 0);
			assertThat(this.jdbc.queryForObject("select approval_locked from opportunity where id = ?", Boolean.class,
					deal))
				.as(context)
				.isFalse();
			winners.add(winner.status());
		}
		assertThat(winners).hasSize(ROUNDS);
	}

	@Test
	void theDatabaseRefusesASecondDecisionOnTheSameSubmissionEvenWithoutTheJavaChecks() {
		long deal = this.world.readyDeal("数据库");
		long id = this.approvals.create(deal, this.world.completeForm("数据库约束"), this.world.southRep);
		this.approvals.submit(id, null, this.world.southRep);
		this.approvals.approve(id, "同意", this.world.southManager);

		for (String to : List.of("REJECTED", "RETURNED", "APPROVED", "WITHDRAWN")) {
			assertThatExceptionOfType(DataIntegrityViolationException.class).as(to)
				.isThrownBy(() -> this.jdbc
					.update("insert into approval_transition (request_id, round, from_status, to_status, actor_id,"
							+ " actor_name, acted_at, comment) values (?, 1, 'SUBMITTED', ?, ?, 'bypass', now(), 'x')",
							id, to, this.world.admin.userId()))
				.withMessageContaining("ux_approval_transition_decision");
		}
		assertThat(this.jdbc.queryForObject(
				"select count(*) from approval_transition where request_id = ? and from_status = 'SUBMITTED'",
				Integer.class, id))
			.isOne();
	}

	/**
	 * A decider waiting at {@code start} with the other, then deciding: what they did
	 * ({@link Decided}) or the exception they got.
	 */
	private static Callable<Object> decide(CyclicBarrier start, Runnable decision, ApprovalStatus outcome, Viewer by) {
		return () -> {
			start.await(10, TimeUnit.SECONDS);
			try {
				decision.run();
				return new Decided(outcome, by);
			}
			catch (RuntimeException ex) {
				return ex;
			}
		};
	}

	/** A decision that went through. */
	record Decided(ApprovalStatus status, Viewer by) {
	}

}
