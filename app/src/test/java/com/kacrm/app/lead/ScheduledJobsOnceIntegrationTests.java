package com.kacrm.app.lead;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import com.kacrm.app.test.CrmIntegrationTest;
import com.kacrm.persistence.lead.LeadPoolService;
import com.kacrm.persistence.lead.LeadService;
import com.kacrm.persistence.lead.NewLead;
import com.kacrm.persistence.lead.RegisteredLead;
import com.kacrm.web.shared.CurrentUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every node runs the scheduled jobs at the same cron moment; the database lets one do
 * the work. Another node is played by a second thread (both fire at once) or by a
 * connection that holds the job's PostgreSQL advisory lock, as a node in the middle of
 * the job does. Prints {@code [security-figures] scheduled-jobs: ...}.
 */
@CrmIntegrationTest
class ScheduledJobsOnceIntegrationTests {

	static final int ROUNDS = 4;

	/** LeadDistributionService.LOCK_NAMESPACE: "LD". */
	static final int DISTRIBUTION_LOCKS = 0x4C44;

	@Autowired
	LeadDistributionSchedule distribution;

	@Autowired
	LeadPoolSchedule pool;

	@Autowired
	LeadService leads;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void twoNodesFiringTheSheetScheduleAtOnceSendEachNewLeadOnce() throws Exception {
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		int duplicates = 0;
		try {
			for (int round = 0; round < ROUNDS; round++) {
				RegisteredLead lead = register("SZ");
				CyclicBarrier cron = new CyclicBarrier(2);
				List<CompletableFuture<Void>> runs = new ArrayList<>();
				for (int node = 0; node < 2; node++) {
					runs.add(CompletableFuture.runAsync(() -> {
						await(cron);
						this.distribution.distribute();
					}, nodes));
				}
				runs.forEach(CompletableFuture::join);
				int sheets = sheetsHolding(lead);
				duplicates += Math.max(0, sheets - 1);
				assertThat(sheets).as("sheets holding the lead of round %d", round).isOne();
			}
		}
		finally {
			nodes.shutdown();
		}
		System.out.println("[security-figures] scheduled-jobs: job=lead-sheet, nodes=2, races=" + ROUNDS
				+ ", duplicate-runs=" + duplicates);
	}

	@Test
	void whileAnotherNodeSendsARegionsSheetThisNodeSkipsThatRegion() throws Exception {
		RegisteredLead lead = register("SZ");
		long region = this.jdbc.queryForObject("select id from region where code = 'SZ'", Long.class);
		try (Connection otherNode = this.dataSource.getConnection()) {
			lock(otherNode, "select pg_advisory_lock(?, ?)", DISTRIBUTION_LOCKS, region);
			this.distribution.distribute();
			assertThat(sheetsHolding(lead)).isZero();
			lock(otherNode, "select pg_advisory_unlock(?, ?)", DISTRIBUTION_LOCKS, region);
		}
		this.distribution.distribute();
		assertThat(sheetsHolding(lead)).isOne();
	}

	@Test
	void whileAnotherNodeSweepsThePoolThisNodesSweepDoesNothing() throws Exception {
		try (Connection otherNode = this.dataSource.getConnection()) {
			try (PreparedStatement lock = otherNode.prepareStatement("select pg_advisory_lock(?)")) {
				lock.setLong(1, LeadPoolService.SWEEP_LOCK);
				lock.execute();
			}
			try {
				assertThat(this.pool.sweep().skipped()).isTrue();
			}
			finally {
				try (PreparedStatement unlock = otherNode.prepareStatement("select pg_advisory_unlock(?)")) {
					unlock.setLong(1, LeadPoolService.SWEEP_LOCK);
					unlock.execute();
				}
			}
		}
	}

	private int sheetsHolding(RegisteredLead lead) {
		return this.jdbc.queryForObject("select count(*) from lead_distribution_lead where lead_id = ?", Integer.class,
				lead.id());
	}

	private RegisteredLead register(String regionCode) {
		String name = "定时任务测试" + UUID.randomUUID().toString().substring(0, 8) + "有限公司";
		return this.leads.register(new NewLead(name, regionCode, "AUTO_PARTS", null, null, null, null,
				"INTERNET_SEARCH", "王经理 139", null, null, null),
				((CurrentUser) this.users.loadUserByUsername("admin")).viewer(), true);
	}

	private static void lock(Connection connection, String sql, int namespace, long key) throws Exception {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setInt(1, namespace);
			statement.setInt(2, (int) key);
			statement.execute();
		}
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
