package com.kacrm.domain.lead;

import java.math.BigDecimal;
import java.time.Instant;

import com.kacrm.domain.organisation.Region;
import com.kacrm.domain.organisation.Role;
import com.kacrm.domain.organisation.Team;
import com.kacrm.domain.organisation.User;
import com.kacrm.domain.reference.Tier;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.LocalizedName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A lead's lifecycle: registered into the pool, owned by a rep of its region, contacted,
 * returned, discarded with a reason or converted; closed leads never change.
 */
class LeadTests {

	static final Instant T0 = Instant.parse("2026-11-01T02:00:00Z");

	final Region south = new Region("SZ", new LocalizedName("深圳", "Shenzhen"));

	final Region east = new Region("SH", new LocalizedName("上海", "Shanghai"));

	final User southRep = new User("rep.li", "李娜", "{test}x", Role.REP,
			new Team("SZ1", new LocalizedName("华南", null), this.south), T0);

	final User eastRep = new User("rep.wang", "王强", "{test}x", Role.REP,
			new Team("SH1", new LocalizedName("华东", null), this.east), T0);

	@Test
	void aNewLeadIsInItsRegionsPoolWithItsNumberAndNameKey() {
		Lead lead = lead("深圳华达集团有限公司");
		assertThat(lead.getStatus()).isEqualTo(LeadStatus.NEW);
		assertThat(lead.getOwner()).isNull();
		assertThat(lead.getTeam()).isNull();
		assertThat(lead.getNumber()).isEqualTo("SZ-2026-00042");
		assertThat(lead.getNameKey()).isEqualTo("深圳华达");
	}

	@Test
	void theSheetsRulesAreRefusedFieldByField() {
		LeadDetails bad = new LeadDetails(" ", null, null, 0, new BigDecimal("-1"), null, "x".repeat(201), null);
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> new Lead(new LeadNumber("SZ", 2026, 1), bad, null, T0))
			.satisfies((ex) -> assertThat(ex.violations()).extracting((v) -> v.field())
				.containsExactly("customerName", "regionCode", "industryRank", "annualRevenue", "contactHint"));
	}

	@Test
	void aRepRegisteringInTheirOwnRegionOwnsTheLeadAndAnyoneElsesGoesToThePool() {
		assertThat(Lead.ownsOnRegistration(this.southRep, this.south)).isTrue();
		assertThat(Lead.ownsOnRegistration(this.southRep, this.east)).isFalse();
		User manager = new User("manager.south", "陈志强", "{test}x", Role.MANAGER, this.southRep.getTeam(), T0);
		assertThat(Lead.ownsOnRegistration(manager, this.south)).isFalse();
	}

	@Test
	void anOwnerTakesTheLeadWithTheirTeamOnlyInTheirRegion() {
		Lead lead = lead("华达");
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> lead.assignTo(this.eastRep, T0))
			.satisfies((ex) -> assertThat(ex.violations()).singleElement()
				.satisfies((v) -> assertThat(v.messageKey()).isEqualTo("lead.error.ownerCannotHold")));
		lead.assignTo(this.southRep, T0);
		assertThat(lead.getStatus()).isEqualTo(LeadStatus.ASSIGNED);
		assertThat(lead.getTeam()).isSameAs(this.southRep.getTeam());
		assertThatExceptionOfType(ChangeRejected.class).as("an owned lead stays in its team's region")
			.isThrownBy(() -> lead.edit(new LeadDetails("华达", this.east, null, null, null, null, null, null)));
	}

	@Test
	void aContactMakesTheLeadContactingAndAReturnPutsItBackInThePool() {
		Lead lead = lead("华达");
		assertThatExceptionOfType(ChangeRejected.class).as("nobody owns it yet")
			.isThrownBy(() -> lead.recordContact(T0));
		lead.assignTo(this.southRep, T0);
		lead.recordContact(T0.plusSeconds(60));
		assertThat(lead.getStatus()).isEqualTo(LeadStatus.CONTACTING);
		assertThat(lead.getLastContactedAt()).isEqualTo(T0.plusSeconds(60));
		assertThat(lead.returnToPool()).isSameAs(this.southRep);
		assertThat(lead.getStatus()).isEqualTo(LeadStatus.NEW);
		assertThat(lead.getOwner()).isNull();
		assertThat(lead.getTeam()).isNull();
	}

	@Test
	void aDiscardNeedsAReasonAndClosesTheLeadForGood() {
		Lead lead = lead("华达");
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> lead.discard("  ", T0));
		lead.discard("客户已倒闭", T0);
		assertThat(lead.getStatus()).isEqualTo(LeadStatus.DISCARDED);
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> lead.assignTo(this.southRep, T0));
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> lead.convert(1L, null, T0));
		assertThatExceptionOfType(IllegalStateException.class).as("closed leads keep their class")
			.isThrownBy(() -> lead.retier(Tier.A, 2));
	}

	@Test
	void aClassSetByHandNeedsAReasonAndIsKeptByTheCriteria() {
		Lead lead = lead("华达");
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> lead.classifyByHand(Tier.A, ""));
		assertThat(lead.classifyByHand(Tier.A, " 集团总部采购 ")).isEqualTo("集团总部采购");
		assertThat(lead.isTierSetByHand()).isTrue();
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> lead.retier(Tier.D, 2));
		lead.followCriteria(Tier.D, 2);
		assertThat(lead.getTier()).isEqualTo(Tier.D);
		assertThat(lead.getTierCriteriaVersion()).isEqualTo(2);
	}

	@Test
	void aConvertedLeadKeepsTheLinksToWhatItBecame() {
		Lead lead = lead("华达");
		lead.assignTo(this.southRep, T0);
		lead.convert(7L, 9L, T0.plusSeconds(3600));
		assertThat(lead.getStatus()).isEqualTo(LeadStatus.CONVERTED);
		assertThat(lead.getConvertedAccountId()).isEqualTo(7L);
		assertThat(lead.getConvertedOpportunityId()).isEqualTo(9L);
		assertThat(lead.getClosedAt()).isEqualTo(T0.plusSeconds(3600));
	}

	@Test
	void numbersAreReadablePerRegionAndYear() {
		assertThat(new LeadNumber("SZ", 2026, 42)).hasToString("SZ-2026-00042");
		assertThat(LeadNumber.parse(" SH-2027-00001 ")).isEqualTo(new LeadNumber("SH", 2027, 1));
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> LeadNumber.parse("SZ-26-1"));
	}

	private Lead lead(String name) {
		return new Lead(new LeadNumber("SZ", 2026, 42),
				new LeadDetails(name, this.south, null, 10, new BigDecimal("60000"), null, null, null), null, T0);
	}

}
