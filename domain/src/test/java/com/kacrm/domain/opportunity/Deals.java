package com.kacrm.domain.opportunity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.kacrm.domain.account.Account;
import com.kacrm.domain.organisation.Region;
import com.kacrm.domain.organisation.Role;
import com.kacrm.domain.organisation.Team;
import com.kacrm.domain.organisation.User;
import com.kacrm.domain.playbook.AutomaticRule;
import com.kacrm.domain.playbook.ChecklistItem;
import com.kacrm.domain.playbook.ChecklistItemContent;
import com.kacrm.domain.playbook.Milestone;
import com.kacrm.domain.playbook.MilestoneDefinition;
import com.kacrm.domain.playbook.MilestoneGuidance;
import com.kacrm.domain.reference.TierProfile;
import com.kacrm.domain.shared.Actor;
import com.kacrm.domain.shared.LocalizedName;

/** A team, a rep, an account and its deals for the opportunity tests. */
final class Deals {

	static final Instant T0 = Instant.parse("2025-06-02T01:00:00Z");

	static final Actor REP = new Actor(3L, "张伟");

	static final Actor MANAGER = new Actor(2L, "李经理");

	static final int[] PROBABILITIES = { 5, 10, 25, 40, 55, 75, 100, 100 };

	final Team south = new Team("SZ", new LocalizedName("华南", "South China"),
			new Region("SZ", new LocalizedName("深圳", "Shenzhen")));

	final User zhang = new User("rep.zhang", "张伟", "{noop}x", Role.REP, this.south, T0);

	final Account account = new Account("深圳华达汽车配件有限公司", this.south, this.zhang, null,
			new TierProfile(12, new BigDecimal("60000"), null), T0);

	/** A fresh deal at milestone 1. */
	Opportunity deal() {
		return new Opportunity(new OpportunityDetails("散热器替换项目", "高效散热器", new BigDecimal("120"), null, null, null),
				this.account, this.zhang, PROBABILITIES[0], REP, T0);
	}

	/** A deal walked through open gates to {@code milestone}. */
	Opportunity dealAt(Milestone milestone) {
		Opportunity deal = deal();
		Instant at = T0;
		while (deal.getMilestone() != milestone) {
			at = at.plusSeconds(86_400);
			Milestone next = deal.getMilestone().next().orElseThrow();
			deal.move(next, null, false, openGate(deal.getMilestone()), probabilityOf(next), REP, at);
		}
		return deal;
	}

	static int probabilityOf(Milestone milestone) {
		return PROBABILITIES[milestone.ordinal()];
	}

	static MilestoneDefinition definition(Milestone milestone) {
		return new MilestoneDefinition(milestone, new MilestoneGuidance("里程碑" + milestone.position(), null, "定义", null,
				"标准", null, probabilityOf(milestone)));
	}

	/** A checklist of {@code milestone} with nothing to do: its gate is open. */
	static ChecklistState openGate(Milestone milestone) {
		return ChecklistState.of(milestone, List.of(), (item) -> false, DealFacts.NONE);
	}

	/**
	 * Milestone 2's checklist as the manual has it: three phone-invitation steps, a
	 * logged visit, the right contact found, agreement to move on, and an optional item.
	 */
	static final class CallAndVisit {

		final MilestoneDefinition definition = definition(Milestone.CALL_AND_VISIT);

		final ChecklistItem introduce = manual("电话邀约·自我介绍");

		final ChecklistItem benefit = manual("电话邀约·晓之以利");

		final ChecklistItem appointment = manual("电话邀约·以约会收尾");

		final ChecklistItem visit = this.definition.addItem(ChecklistItemContent.automatic("至少记录一次上门拜访",
				"At least one visit logged", true, AutomaticRule.VISIT_LOGGED));

		final ChecklistItem contact = this.definition.addItem(ChecklistItemContent.automatic("找对合格的经手人士",
				"Right contact found", true, AutomaticRule.CONTACT_IDENTIFIED));

		final ChecklistItem agreement = manual("双方达成共识");

		final ChecklistItem optional = this.definition.addItem(ChecklistItemContent.manual("了解客户兴趣", null, false));

		private ChecklistItem manual(String text) {
			return this.definition.addItem(ChecklistItemContent.manual(text, null, true));
		}

		List<ChecklistItem> manualMandatory() {
			return List.of(this.introduce, this.benefit, this.appointment, this.agreement);
		}

		ChecklistState state(Set<ChecklistItem> ticked, DealFacts facts) {
			return ChecklistState.of(Milestone.CALL_AND_VISIT, this.definition.activeItems(), ticked::contains, facts);
		}

	}

	static DealFacts visitsAndContacts(int visits, int contacts) {
		return new DealFacts(false, visits, contacts, false, 0, false, false, false, false, 0, false, false, false);
	}

}
