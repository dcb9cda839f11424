package com.kacrm.domain.opportunity;

import java.math.BigDecimal;
import java.time.Instant;

import com.kacrm.domain.account.Account;
import com.kacrm.domain.organisation.Region;
import com.kacrm.domain.organisation.Role;
import com.kacrm.domain.organisation.Team;
import com.kacrm.domain.organisation.User;
import com.kacrm.domain.playbook.Milestone;
import com.kacrm.domain.reference.TierProfile;
import com.kacrm.domain.shared.Actor;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.LocalizedName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class OpportunityTests {

	static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");

	final Team south = new Team("SZ", new LocalizedName("华南", "South China"),
			new Region("SZ", new LocalizedName("深圳", "Shenzhen")));

	final User zhang = new User("rep.zhang", "张伟", "{noop}x", Role.REP, this.south, T0);

	final Account account = new Account("深圳华达汽车配件有限公司", this.south, this.zhang, null,
			new TierProfile(12, new BigDecimal("60000"), null), T0);

	@Test
	void aNewOpportunityStartsAtTheFirstMilestoneInItsAccountsTeam() {
		Opportunity opportunity = new Opportunity(OpportunityDetails.named(" 深圳华达 散热器项目 "), this.account, this.zhang, 5,
				new Actor(3L, "张伟"), T0);
		assertThat(opportunity.getName()).isEqualTo("深圳华达 散热器项目");
		assertThat(opportunity.getMilestone()).isEqualTo(Milestone.PLANNING);
		assertThat(opportunity.getMilestone().position()).isEqualTo(1);
		assertThat(opportunity.getAccount()).isSameAs(this.account);
		assertThat(opportunity.getTeam()).isSameAs(this.south);
		assertThat(opportunity.getOwner()).isSameAs(this.zhang);
		assertThat(opportunity.getCreatedByName()).isEqualTo("张伟");
		assertThat(opportunity.getCreatedAt()).isEqualTo(T0);
	}

	@Test
	void theNameIsRequiredAndAtMostTwoHundredCharacters() {
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> new Opportunity(OpportunityDetails.named("  "), this.account, this.zhang, 5,
					Actor.system("test"), T0))
			.satisfies((ex) -> assertThat(ex.violations()).singleElement().satisfies((v) -> {
				assertThat(v.field()).isEqualTo("name");
				assertThat(v.messageKey()).isEqualTo("opportunity.error.nameRequired");
			}));
		assertThat(Opportunity.nameOf("项".repeat(200), "opportunityName")).hasSize(200);
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> Opportunity.nameOf("项".repeat(201), "opportunityName"))
			.satisfies((ex) -> assertThat(ex.violations()).singleElement().satisfies((v) -> {
				assertThat(v.field()).isEqualTo("opportunityName");
				assertThat(v.messageKey()).isEqualTo("opportunity.error.nameTooLong");
				assertThat(v.arguments()).containsExactly(200);
			}));
	}

}
