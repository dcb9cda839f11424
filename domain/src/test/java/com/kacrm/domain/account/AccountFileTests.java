package com.kacrm.domain.account;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.kacrm.domain.history.FieldChange;
import com.kacrm.domain.organisation.Region;
import com.kacrm.domain.organisation.Role;
import com.kacrm.domain.organisation.Team;
import com.kacrm.domain.organisation.User;
import com.kacrm.domain.reference.TierProfile;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.LocalizedName;
import com.kacrm.domain.shared.Violation;
import com.kacrm.domain.valuation.PortfolioClass;
import com.kacrm.domain.valuation.PyramidLevel;
import com.kacrm.domain.valuation.ValueAssessment;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AccountFileTests {

	static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");

	final Region shenzhen = new Region("SZ", new LocalizedName("深圳", "Shenzhen"));

	final Team south = new Team("SZ", new LocalizedName("华南", "South China"), this.shenzhen);

	final Team east = new Team("SH", new LocalizedName("华东", "East China"),
			new Region("SH", new LocalizedName("上海", "Shanghai")));

	final User zhang = new User("rep.zhang", "张伟", "{noop}x", Role.REP, this.south, T0);

	final User wang = new User("rep.wang", "王强", "{noop}x", Role.REP, this.east, T0);

	final Account account = new Account("深圳华鹏汽车配件有限公司", this.south, this.zhang, null,
			new TierProfile(8, new BigDecimal("120000"), new BigDecimal("2600")), T0);

	@Test
	void aNewAccountIsAProspectOutsiderWithoutValueClass() {
		assertThat(this.account.getLifecycle()).isEqualTo(Lifecycle.PROSPECT);
		assertThat(this.account.getRelationshipStage()).isEqualTo(RelationshipStage.OUTSIDER);
		assertThat(this.account.getPortfolioClass()).isNull();
		assertThat(this.account.getPyramidLevel()).isNull();
	}

	@Test
	void editingTheFileReportsExactlyTheFieldsThatChanged() {
		AccountProfile profile = withDeepProfile(this.account.profile(), "以出口为主，质量体系完善");
		List<FieldChange> changes = this.account.edit(profile);
		assertThat(changes).extracting(FieldChange::field)
			.containsExactly("account.businessCharacteristics", "account.decisionMode", "account.relationshipStage");
		assertThat(changes.get(2).oldValue()).isEqualTo("OUTSIDER");
		assertThat(changes.get(2).newValue()).isEqualTo("FRIEND");
		assertThat(this.account.getBusinessCharacteristics()).isEqualTo("以出口为主，质量体系完善");
		assertThat(this.account.edit(this.account.profile())).isEmpty();
	}

	@Test
	void blankTextIsKeptAsNothing() {
		this.account.edit(withDeepProfile(this.account.profile(), "   "));
		assertThat(this.account.getBusinessCharacteristics()).isNull();
	}

	@Test
	void aFileWithoutNameOrWithABadPhoneIsRefusedWithEveryFieldAndLeftUnchanged() {
		AccountProfile current = this.account.profile();
		AccountProfile bad = new AccountProfile(" ", null, 0, new BigDecimal("-1"), null, null, "电话 abc", null,
				"x".repeat(2001), null, null, null, null, null, null, null, null);
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> this.account.edit(bad))
			.extracting(ChangeRejected::violations)
			.satisfies((violations) -> assertThat(violations).extracting(Violation::field)
				.contains("name", "industryRank", "annualRevenue", "phone", "businessCharacteristics", "lifecycle",
						"relationshipStage"));
		assertThat(this.account.profile()).isEqualTo(current);
	}

	@Test
	void phoneNumbersAsPeopleTypeThemAreAccepted() {
		for (String phone : List.of("0755-8888 8888", "+86 (755) 88888888", "13800138000", "0755-88888888 转 123")) {
			AccountProfile p = this.account.profile();
			AccountProfile withPhone = new AccountProfile(p.name(), p.industry(), p.industryRank(), p.annualRevenue(),
					p.annualPurchase(), p.address(), phone, p.website(), p.businessCharacteristics(),
					p.industryPosition(), p.distributionCapability(), p.financialStrength(), p.commercialCredit(),
					p.cooperationIntent(), p.decisionMode(), p.lifecycle(), p.relationshipStage());
			assertThat(withPhone.violations()).as(phone).isEmpty();
		}
	}

	@Test
	void reassignmentMovesTeamAndOwnerAndSaysSo() {
		List<FieldChange> changes = this.account.reassign(this.east, this.wang);
		assertThat(this.account.getTeam()).isSameAs(this.east);
		assertThat(this.account.getOwner()).isSameAs(this.wang);
		assertThat(changes).extracting(FieldChange::field).containsExactly("account.team", "account.owner");
	}

	@Test
	void theOwnerMustBeOfTheTeamOrItsManager() {
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> this.account.reassign(this.south, this.wang));
		User southManager = new User("manager.south", "陈志强", "{noop}x", Role.MANAGER, this.south, T0);
		assertThat(Account.mayOwn(southManager, this.south)).isTrue();
		assertThat(Account.mayOwn(southManager, this.east)).isFalse();
		User admin = new User("admin", "管理员", "{noop}x", Role.ADMIN, null, T0);
		assertThat(Account.mayOwn(admin, this.south)).isFalse();
	}

	@Test
	void anAccountMayBeLeftToItsTeamWithoutOwner() {
		this.account.reassign(this.south, null);
		assertThat(this.account.getOwner()).isNull();
	}

	@Test
	void theLatestValuationDecidesPortfolioClassAndPyramidLevel() {
		ValueAssessment assessment = new ValueAssessment(new BigDecimal("4.00"), new BigDecimal("4.50"),
				new BigDecimal("3.00"), new BigDecimal("4.00"), PortfolioClass.FAT_SHEEP, PyramidLevel.TOP);
		List<FieldChange> changes = this.account.recordValuation(assessment, T0);
		assertThat(this.account.getPortfolioClass()).isEqualTo(PortfolioClass.FAT_SHEEP);
		assertThat(this.account.getPyramidLevel()).isEqualTo(PyramidLevel.TOP);
		assertThat(this.account.getValueAssessedAt()).isEqualTo(T0);
		assertThat(changes).extracting(FieldChange::newValue).containsExactly("FAT_SHEEP", "TOP");
	}

	private static AccountProfile withDeepProfile(AccountProfile p, String characteristics) {
		return new AccountProfile(p.name(), p.industry(), p.industryRank(), p.annualRevenue(), p.annualPurchase(),
				p.address(), p.phone(), p.website(), characteristics, p.industryPosition(), p.distributionCapability(),
				p.financialStrength(), p.commercialCredit(), p.cooperationIntent(), DecisionMode.CENTRALISED,
				p.lifecycle(), RelationshipStage.FRIEND);
	}

}
