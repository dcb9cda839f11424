package com.kacrm.domain.lead;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.kacrm.domain.organisation.Region;
import com.kacrm.domain.organisation.Role;
import com.kacrm.domain.organisation.Team;
import com.kacrm.domain.organisation.User;
import com.kacrm.domain.pool.PoolRule;
import com.kacrm.domain.pool.PoolRuleSettings;
import com.kacrm.domain.reference.Tier;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.LocalizedName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The public pool's rules for leads: the holding cap and the cooldown on claiming, and
 * when an owned lead's owner is warned and the lead returns, each at its boundary.
 */
class LeadPoolPolicyTests {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	static final Instant T0 = Instant.parse("2026-03-01T02:00:00Z");

	// C: 30 days without contact, 90 without progress, warned 7 days before, cap 2,
	// cooldown 15 days. D: 20 / 25 / 5, no cap, cooldown 0.
	final LeadPoolPolicy policy = new LeadPoolPolicy(List.of(rule(Tier.A, 90, 180, 14, 20, 30),
			rule(Tier.B, 60, 120, 10, 40, 30), rule(Tier.C, 30, 90, 7, 2, 15), rule(Tier.D, 20, 25, 5, null, 0)));

	final Region region = new Region("SZ", new LocalizedName("深圳", "Shenzhen"));

	final User rep = new User("rep.li", "李娜", "{test}x", Role.REP,
			new Team("SZ1", new LocalizedName("一组", null), this.region), T0);

	@Test
	void everyTierNeedsARule() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new LeadPoolPolicy(List.of(rule(Tier.A, 90, 180, 14, 20, 30))))
			.withMessageContaining("tier B");
	}

	@Test
	void aLeadWithoutATierFollowsTheRuleOfTierD() {
		assertThat(this.policy.ruleOf(null).getTier()).isEqualTo(Tier.D);
		assertThat(LeadPoolPolicy.ruleTierOf(null)).isEqualTo(Tier.D);
		assertThat(LeadPoolPolicy.ruleTierOf(Tier.B)).isEqualTo(Tier.B);
	}

	@Test
	void aRepBelowTheCapMayClaimAPooledLead() {
		assertThatNoException().isThrownBy(() -> this.policy.checkClaim(pooled(Tier.C), 1, null, T0, CHINA));
	}

	@Test
	void aRepHoldingTheCapIsRefusedWithTheCapAndTier() {
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.policy.checkClaim(pooled(Tier.C), 2, null, T0, CHINA))
			.satisfies((ex) -> assertThat(ex.violations()).singleElement().satisfies((v) -> {
				assertThat(v.messageKey()).isEqualTo("pool.error.capReached");
				assertThat(v.arguments()).containsExactly(2, "C");
			}));
	}

	@Test
	void aTierWithoutCapHasNoLimit() {
		assertThatNoException().isThrownBy(() -> this.policy.checkClaim(pooled(Tier.D), 10_000, null, T0, CHINA));
		assertThatNoException().isThrownBy(() -> this.policy.checkClaim(pooled(null), 10_000, null, T0, CHINA));
	}

	@Test
	void thePreviousOwnerWaitsForTheCooldownToEndToTheMoment() {
		Lead lead = pooled(Tier.C);
		Instant released = T0;
		Instant ends = released.plus(Duration.ofDays(15));
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.policy.checkClaim(lead, 0, released, ends.minusSeconds(1), CHINA))
			.satisfies((ex) -> assertThat(ex.violations()).singleElement().satisfies((v) -> {
				assertThat(v.messageKey()).isEqualTo("pool.error.cooldown");
				assertThat(v.arguments()).containsExactly(LocalDate.of(2026, 3, 16));
			}));
		assertThat(this.policy.inCooldown(lead, released, ends.minusSeconds(1))).isTrue();
		assertThatNoException().isThrownBy(() -> this.policy.checkClaim(lead, 0, released, ends, CHINA));
		assertThat(this.policy.inCooldown(lead, released, ends)).isFalse();
		assertThat(this.policy.inCooldown(lead, null, ends)).isFalse();
	}

	@Test
	void theEndOfTheCooldownIsTheDayInChina() {
		// 20:00 UTC is 04:00 the next day in China.
		Instant released = Instant.parse("2026-03-01T20:00:00Z");
		assertThat(this.policy.cooldownEnd(pooled(Tier.C), released, CHINA)).isEqualTo(LocalDate.of(2026, 3, 17));
	}

	@Test
	void aZeroCooldownLetsThePreviousOwnerClaimAtOnce() {
		assertThatNoException().isThrownBy(() -> this.policy.checkClaim(pooled(Tier.D), 0, T0, T0, CHINA));
	}

	@Test
	void onlyPooledLeadsCanBeClaimed() {
		Lead owned = owned(Tier.C, T0);
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.policy.checkClaim(owned, 0, null, T0, CHINA))
			.satisfies((ex) -> assertThat(ex.violations()).extracting((v) -> v.messageKey())
				.containsExactly("pool.error.notInPool"));
		Lead discarded = pooled(Tier.C);
		discarded.discard("重复", T0);
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.policy.checkClaim(discarded, 0, null, T0, CHINA));
	}

	@Test
	void aLeadNeverContactedReturnsContactDaysAfterItWasClaimed() {
		Lead lead = owned(Tier.C, T0);
		Instant due = T0.plus(Duration.ofDays(30));
		assertThat(this.policy.returnDueAt(lead)).isEqualTo(due);
		assertThat(this.policy.isReturnDue(lead, due.minusSeconds(1))).isFalse();
		assertThat(this.policy.isReturnDue(lead, due)).isTrue();
		assertThat(this.policy.causeOfReturn(lead)).isEqualTo(new LeadPoolPolicy.ReturnCause(true, 30));
		assertThat(this.policy.causeOfReturn(lead).historyReason()).isEqualTo("30 天未联系");
	}

	@Test
	void theOwnerIsWarnedWarningDaysBeforeTheReturnAndNotOnceItIsDue() {
		Lead lead = owned(Tier.C, T0);
		Instant warning = T0.plus(Duration.ofDays(23));
		assertThat(this.policy.warningDueAt(lead)).isEqualTo(warning);
		assertThat(this.policy.isWarningDue(lead, warning.minusSeconds(1))).isFalse();
		assertThat(this.policy.isWarningDue(lead, warning)).isTrue();
		assertThat(this.policy.isWarningDue(lead, T0.plus(Duration.ofDays(30)))).isFalse();
	}

	@Test
	void aContactRestartsTheContactClock() {
		Lead lead = owned(Tier.C, T0);
		lead.recordContact(T0.plus(Duration.ofDays(20)));
		assertThat(this.policy.returnDueAt(lead)).isEqualTo(T0.plus(Duration.ofDays(50)));
		assertThat(this.policy.isReturnDue(lead, T0.plus(Duration.ofDays(30)))).isFalse();
	}

	@Test
	void aCallLoggedLateDoesNotMoveTheContactClockBack() {
		Lead lead = owned(Tier.C, T0);
		lead.recordContact(T0.plus(Duration.ofDays(20)));
		lead.recordContact(T0.plus(Duration.ofDays(5)));
		assertThat(lead.getLastContactedAt()).isEqualTo(T0.plus(Duration.ofDays(20)));
		assertThat(this.policy.returnDueAt(lead)).isEqualTo(T0.plus(Duration.ofDays(50)));
	}

	@Test
	void withoutProgressTheLeadReturnsEvenWhenContacted() {
		// D: progress period 25 days, contact period 20.
		Lead lead = owned(Tier.D, T0);
		lead.recordContact(T0.plus(Duration.ofDays(10)));
		assertThat(this.policy.returnDueAt(lead)).isEqualTo(T0.plus(Duration.ofDays(25)));
		assertThat(this.policy.causeOfReturn(lead)).isEqualTo(new LeadPoolPolicy.ReturnCause(false, 25));
		assertThat(this.policy.causeOfReturn(lead).historyReason()).isEqualTo("25 天无进展");
	}

	@Test
	void aContactBeforeTheCurrentOwnerGotTheLeadDoesNotCount() {
		Lead lead = owned(Tier.C, T0);
		lead.recordContact(T0.plus(Duration.ofDays(1)));
		lead.returnToPool();
		Instant reclaimed = T0.plus(Duration.ofDays(40));
		lead.assignTo(this.rep, reclaimed);
		assertThat(LeadPoolPolicy.lastContactOf(lead)).isEqualTo(reclaimed);
		assertThat(this.policy.returnDueAt(lead)).isEqualTo(reclaimed.plus(Duration.ofDays(30)));
	}

	@Test
	void aPooledLeadHasNoClock() {
		Lead lead = pooled(Tier.C);
		assertThat(this.policy.returnDueAt(lead)).isNull();
		assertThat(this.policy.warningDueAt(lead)).isNull();
		assertThat(this.policy.isReturnDue(lead, T0.plus(Duration.ofDays(1000)))).isFalse();
		assertThat(this.policy.isWarningDue(lead, T0.plus(Duration.ofDays(1000)))).isFalse();
	}

	@Test
	void theQueryCutoffsFindExactlyTheDueLeads() {
		Instant now = T0.plus(Duration.ofDays(100));
		LeadPoolPolicy.Cutoffs returns = this.policy.returnCutoffs(Tier.C, now);
		LeadPoolPolicy.Cutoffs warnings = this.policy.warningCutoffs(Tier.C, now);
		for (int daysAgo = 0; daysAgo <= 100; daysAgo++) {
			Instant claimed = now.minus(Duration.ofDays(daysAgo));
			for (int contactDaysAgo : new int[] { -1, 0, 10, 22, 23, 24, 29, 30, 31 }) {
				Lead lead = owned(Tier.C, claimed);
				if (contactDaysAgo >= 0 && contactDaysAgo <= daysAgo) {
					lead.recordContact(now.minus(Duration.ofDays(contactDaysAgo)));
				}
				Instant contact = LeadPoolPolicy.lastContactOf(lead);
				boolean matchesReturn = !contact.isAfter(returns.contact()) || !claimed.isAfter(returns.progress());
				boolean matchesWarning = !contact.isAfter(warnings.contact()) || !claimed.isAfter(warnings.progress());
				assertThat(matchesReturn).as("return, claimed %d days ago", daysAgo)
					.isEqualTo(this.policy.isReturnDue(lead, now));
				assertThat(matchesWarning && !matchesReturn).as("warning, claimed %d days ago", daysAgo)
					.isEqualTo(this.policy.isWarningDue(lead, now));
			}
		}
	}

	private Lead pooled(Tier tier) {
		Lead lead = new Lead(new LeadNumber("SZ", 2026, 1),
				new LeadDetails("华达汽配", this.region, null, null, null, null, null, null), null, T0);
		if (tier != null) {
			lead.classifyByHand(tier, "测试");
		}
		return lead;
	}

	private Lead owned(Tier tier, Instant since) {
		Lead lead = pooled(tier);
		lead.assignTo(this.rep, since);
		return lead;
	}

	private static PoolRule rule(Tier tier, int contact, int progress, int warning, Integer cap, int cooldown) {
		return new PoolRule(tier, new PoolRuleSettings(contact, progress, warning, cap, cooldown));
	}

}
