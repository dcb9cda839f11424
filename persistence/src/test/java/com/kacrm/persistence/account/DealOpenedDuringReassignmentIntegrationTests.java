package com.kacrm.persistence.account;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.kacrm.domain.opportunity.OpportunityDetails;
import com.kacrm.persistence.approval.ApprovalWorld;
import com.kacrm.persistence.opportunity.OpportunityService;
import com.kacrm.persistence.test.PersistenceTest;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A deal always belongs to its account's team, and deal visibility relies on it: a deal
 * opened while its account is being given to another team waits for the reassignment and
 * lands in the new team, instead of being left behind in the old one. Runs without a
 * surrounding test transaction, so the two threads see each other's commits.
 */
@PersistenceTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class DealOpenedDuringReassignmentIntegrationTests {

	@Autowired
	AccountService accounts;

	@Autowired
	OpportunityService opportunities;

	@Autowired
	EntityManager entities;

	@Autowired
	ApplicationContext context;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	DataSource dataSource;

	private final ExecutorService opener = Executors.newSingleThreadExecutor();

	@AfterEach
	void stopOpener() throws InterruptedException {
		this.opener.shutdownNow();
		this.opener.awaitTermination(10, TimeUnit.SECONDS);
	}

	@Test
	void aDealOpenedWhileItsAccountIsReassignedWaitsAndLandsInTheNewTeam() throws Exception {
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		ApprovalWorld world = transaction.execute((status) -> new ApprovalWorld(this.entities, this.context));
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		long version = jdbc.queryForObject("select version from account where id = ?", Long.class, world.accountId);

		Future<Long> deal = transaction.execute((status) -> {
			this.accounts.reassign(world.accountId, version, world.eastTeam.getCode(), null, world.admin);
			Future<Long> opening = this.opener.submit(
					() -> this.opportunities.create(
							world.accountId, new OpportunityDetails("改派中开的商机" + ApprovalWorld.code(""), null,
									new BigDecimal("80.0000"), LocalDate.now().plusMonths(3), null, null),
							world.admin));
			try {
				Thread.sleep(500);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			assertThat(opening).as("opening waits for the reassignment's lock").isNotDone();
			return opening;
		});

		long id = deal.get(30, TimeUnit.SECONDS);
		assertThat(jdbc.queryForObject("select team_id from opportunity where id = ?", Long.class, id))
			.isEqualTo(world.eastTeam.getId());
	}

}
