package com.kacrm.persistence.tiering;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.kacrm.domain.account.Account;
import com.kacrm.domain.lead.Lead;
import com.kacrm.domain.lead.LeadDetails;
import com.kacrm.domain.lead.LeadNumber;
import com.kacrm.domain.organisation.Region;
import com.kacrm.domain.organisation.Team;
import com.kacrm.domain.reference.CoverageMode;
import com.kacrm.domain.reference.ManagementMode;
import com.kacrm.domain.reference.Tier;
import com.kacrm.domain.reference.TierCheck;
import com.kacrm.domain.reference.TierCriterion;
import com.kacrm.domain.reference.TierMeasure;
import com.kacrm.domain.reference.TierProfile;
import com.kacrm.domain.shared.Actor;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.LocalizedName;
import com.kacrm.persistence.history.HistoryRow;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.domain.history.HistorySubject;
import com.kacrm.persistence.shared.ConcurrentEditException;
import com.kacrm.persistence.test.PersistenceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.data.domain.Pageable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Preview and re-tier against the real schema: the manual's criteria are version 1, a
 * lower tier-A revenue threshold moves exactly the accounts and open leads it should, and
 * each move lands in the record's history with the new version.
 */
@PersistenceTest
class TieringServiceIntegrationTests {

	static final Actor ADMIN = new Actor(null, "测试管理员");

	/** Numbers of the leads these tests make; each test rolls back. */
	private static int leadNumbers = 90_000;

	@Autowired
	TieringService tiering;

	@Autowired
	HistoryService history;

	@Autowired
	TestEntityManager entities;

	Account leader;

	Account follower;

	Lead prospect;

	Lead converted;

	@BeforeEach
	void createRecords() {
		Region region = this.entities.persist(new Region("TT", new LocalizedName("分级测试", "Tier test")));
		Team team = this.entities.persist(new Team("TT", new LocalizedName("分级测试组", "Tier test team"), region));
		this.leader = account("行业龙头股份有限公司", team, 3, 60000, Tier.A);
		this.follower = account("二线制造有限公司", team, 20, 42000, Tier.B);
		this.prospect = lead("潜在客户集团", region, 8, 45000, Tier.B);
		this.converted = lead("已转化客户有限公司", region, 8, 45000, Tier.B);
		this.entities.getEntityManager()
			.createNativeQuery("update lead set status = 'CONVERTED', converted_account_id = :account where id = :id")
			.setParameter("id", this.converted.getId())
			.setParameter("account", this.leader.getId())
			.executeUpdate();
		this.entities.flush();
		this.entities.clear();
	}

	Account account(String name, Team team, int rank, long revenue, Tier tier) {
		Account account = new Account(name, team, null, null,
				new TierProfile(rank, BigDecimal.valueOf(revenue), BigDecimal.valueOf(100)), Instant.now());
		account.retier(tier, 1);
		return this.entities.persist(account);
	}

	Lead lead(String name, Region region, int rank, long revenue, Tier tier) {
		Lead lead = new Lead(new LeadNumber(region.getCode(), 2026, ++leadNumbers),
				new LeadDetails(name, region, null, rank, BigDecimal.valueOf(revenue), null, null, null), null,
				Instant.now());
		lead.retier(tier, 1);
		return this.entities.persist(lead);
	}

	static List<TierCriterion> withTierARevenue(long revenue) {
		List<TierCriterion> criteria = new ArrayList<>(List.of(
				new TierCriterion(Tier.A, 50, BigDecimal.valueOf(revenue), null, CoverageMode.FIELD_VISIT,
						ManagementMode.ON_SITE, 14),
				new TierCriterion(Tier.B, 50, null, null, CoverageMode.FIELD_VISIT, ManagementMode.FINE_GRAINED, 30),
				new TierCriterion(Tier.C, null, BigDecimal.valueOf(5000), null, CoverageMode.PHONE,
						ManagementMode.BOOK_KEEPING, 60),
				new TierCriterion(Tier.D, null, null, null, CoverageMode.PHONE, ManagementMode.BOOK_KEEPING, 90)));
		return criteria;
	}

	@Test
	void versionOneHoldsTheManualsCriteria() {
		TierCriteriaView current = this.tiering.current();
		assertThat(current.versionNumber()).isEqualTo(1);
		assertThat(current.criteria()).extracting(TierCriterion::tier).containsExactly(Tier.A, Tier.B, Tier.C, Tier.D);
		TierCriterion a = current.criteria().get(0);
		assertThat(a.maxIndustryRank()).isEqualTo(50);
		assertThat(a.minAnnualRevenue()).isEqualByComparingTo("50000");
		assertThat(a.coverageMode()).isEqualTo(CoverageMode.FIELD_VISIT);
		assertThat(a.managementMode()).isEqualTo(ManagementMode.ON_SITE);
		assertThat(current.criteria().get(1).maxIndustryRank()).isEqualTo(50);
		assertThat(current.criteria().get(2).coverageMode()).isEqualTo(CoverageMode.PHONE);
		assertThat(current.criteria().get(3).managementMode()).isEqualTo(ManagementMode.BOOK_KEEPING);
	}

	@Test
	void previewListsExactlyTheAccountsAndOpenLeadsThatWouldMove() {
		TierPreview preview = this.tiering.preview(withTierARevenue(40000));
		assertThat(preview.basedOnVersion()).isEqualTo(1);
		assertThat(preview.changed()).containsExactly("A.minAnnualRevenue");
		assertThat(preview.moves()).extracting(TierMove::name, TierMove::from, TierMove::to)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("二线制造有限公司", Tier.B, Tier.A),
					org.assertj.core.groups.Tuple.tuple("潜在客户集团", Tier.B, Tier.A));
		assertThat(preview.accountsMoving()).isEqualTo(1);
		assertThat(preview.leadsMoving()).isEqualTo(1);
		assertThat(preview.moves().get(0).reason()).isNotEmpty();
		assertThat(this.tiering.current().versionNumber()).as("a preview saves nothing").isEqualTo(1);
	}

	@Test
	void applyingCreatesTheNextVersionAndRecordsEachMoveInTheRecordsHistory() {
		TierApplied applied = this.tiering.apply(withTierARevenue(40000), 1, "下调 A 类营业额门槛", ADMIN);
		this.entities.flush();
		this.entities.clear();

		assertThat(applied).isEqualTo(new TierApplied(2, 1, 1));
		assertThat(this.tiering.current().versionNumber()).isEqualTo(2);
		Account follower = this.entities.find(Account.class, this.follower.getId());
		assertThat(follower.getTier()).isEqualTo(Tier.A);
		assertThat(follower.getTierCriteriaVersion()).isEqualTo(2);
		assertThat(this.entities.find(Account.class, this.leader.getId()).getTierCriteriaVersion())
			.as("an unchanged tier keeps the version that assigned it")
			.isEqualTo(1);
		assertThat(this.entities.find(Lead.class, this.converted.getId()).getTier())
			.as("a converted lead keeps its class")
			.isEqualTo(Tier.B);

		List<HistoryRow> rows = this.history
			.historyOf(new HistorySubject(TieringService.ACCOUNT, this.follower.getId()), Pageable.ofSize(10))
			.getContent();
		assertThat(rows).singleElement().satisfies((row) -> {
			assertThat(row.field()).isEqualTo("record.tier");
			assertThat(row.oldValue()).isEqualTo("B");
			assertThat(row.newValue()).isEqualTo("A");
			assertThat(row.tierCriteriaVersion()).isEqualTo(2);
			assertThat(row.actorName()).isEqualTo("测试管理员");
			assertThat(row.reason()).isEqualTo("行业排名 20 ≤ 50；年营业额 42000 ≥ 40000");
			assertThat(row.tierChecks()).extracting(TierCheck::measure)
				.containsExactly(TierMeasure.INDUSTRY_RANK, TierMeasure.ANNUAL_REVENUE);
		});
		assertThat(this.history.madeByTierCriteriaVersion(2)).extracting(HistoryRow::subjectType, HistoryRow::field)
			.contains(org.assertj.core.groups.Tuple.tuple("TIER_CRITERIA", "tierCriteria.A.minAnnualRevenue"),
					org.assertj.core.groups.Tuple.tuple("ACCOUNT", "record.tier"),
					org.assertj.core.groups.Tuple.tuple("LEAD", "record.tier"));
	}

	@Test
	void applyingOnTopOfAnOlderVersionIsAConflictAndChangesNothing() {
		assertThatExceptionOfType(ConcurrentEditException.class)
			.isThrownBy(() -> this.tiering.apply(withTierARevenue(40000), 0, null, ADMIN));
		assertThat(this.tiering.current().versionNumber()).isEqualTo(1);
	}

	@Test
	void unchangedCriteriaAreRejected() {
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.tiering.apply(withTierARevenue(50000), 1, null, ADMIN))
			.satisfies((ex) -> assertThat(ex.violations().get(0).messageKey()).isEqualTo("tierCriteria.unchanged"));
	}

	@Test
	void aHandSetTierIsKeptAndCounted() {
		this.entities.getEntityManager()
			.createNativeQuery("update account set tier_set_by_hand = true where id = :id")
			.setParameter("id", this.follower.getId())
			.executeUpdate();
		TierPreview preview = this.tiering.preview(withTierARevenue(40000));
		assertThat(preview.moves()).extracting(TierMove::name).containsExactly("潜在客户集团");
		assertThat(preview.keptByHand()).isEqualTo(1);
	}

}
