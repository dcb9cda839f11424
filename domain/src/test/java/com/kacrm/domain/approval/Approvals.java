package com.kacrm.domain.approval;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.kacrm.domain.account.Account;
import com.kacrm.domain.buyingcentre.Attitude;
import com.kacrm.domain.buyingcentre.BuyingRole;
import com.kacrm.domain.buyingcentre.Support;
import com.kacrm.domain.opportunity.ChecklistState;
import com.kacrm.domain.opportunity.DealFacts;
import com.kacrm.domain.opportunity.Opportunity;
import com.kacrm.domain.opportunity.OpportunityDetails;
import com.kacrm.domain.organisation.Region;
import com.kacrm.domain.organisation.Role;
import com.kacrm.domain.organisation.Team;
import com.kacrm.domain.organisation.User;
import com.kacrm.domain.playbook.AutomaticRule;
import com.kacrm.domain.playbook.ChecklistItemContent;
import com.kacrm.domain.playbook.Milestone;
import com.kacrm.domain.playbook.MilestoneDefinition;
import com.kacrm.domain.playbook.MilestoneGuidance;
import com.kacrm.domain.reference.TierProfile;
import com.kacrm.domain.shared.Actor;
import com.kacrm.domain.shared.LocalizedName;
import com.kacrm.domain.shared.VersionedEntity;

/**
 * A team with its manager, a rep, an account, a deal and its 立项 requests for the tests.
 */
final class Approvals {

	static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

	static final LocalDate TODAY = LocalDate.parse("2026-03-02");

	static final Actor ADMIN = new Actor(1L, "系统管理员");

	static final Actor MANAGER = new Actor(2L, "李经理");

	static final Actor REP = new Actor(3L, "张伟");

	static final int[] PROBABILITIES = { 5, 10, 25, 40, 55, 75, 100, 100 };

	final Team south = new Team("SZ", new LocalizedName("华南", "South China"),
			new Region("SZ", new LocalizedName("深圳", "Shenzhen")));

	final User zhang = withId(new User("rep.zhang", "张伟", "{noop}x", Role.REP, this.south, T0), 3L);

	final User li = withId(new User("manager.south", "李经理", "{noop}x", Role.MANAGER, this.south, T0), 2L);

	final Account account = new Account("深圳华达汽车配件有限公司", this.south, this.zhang, null,
			new TierProfile(12, new BigDecimal("60000"), null), T0);

	Approvals() {
		this.south.appointManager(this.li);
	}

	/** A deal walked through open gates to {@code milestone}. */
	Opportunity dealAt(Milestone milestone) {
		Opportunity deal = new Opportunity(
				new OpportunityDetails("散热器替换项目", "高效散热器", new BigDecimal("120"), null, null, null), this.account,
				this.zhang, PROBABILITIES[0], REP, T0);
		Instant at = T0;
		while (deal.getMilestone() != milestone) {
			at = at.plusSeconds(86_400);
			Milestone next = deal.getMilestone().next().orElseThrow();
			deal.move(next, null, false, openGate(deal.getMilestone()), probabilityOf(next), REP, at);
		}
		return deal;
	}

	/** A draft by the rep for a deal at {@code milestone}, complete enough to submit. */
	ApprovalRequest draftAt(Milestone milestone) {
		return new ApprovalRequest("LX-2026-0001", dealAt(milestone), this.zhang, complete(), REP, T0);
	}

	/** A request by the rep, submitted for a deal at milestone 2 with its gate open. */
	ApprovalRequest submitted() {
		ApprovalRequest request = draftAt(Milestone.CALL_AND_VISIT);
		request.submit(openGate(Milestone.CALL_AND_VISIT), TODAY, REP, T0.plusSeconds(60));
		return request;
	}

	/** Every field of the 立项申请表 filled in. */
	static ApprovalForm complete() {
		return new ApprovalForm("散热器替换项目", "三条产线散热器年内替换", "高效散热器节能 15%，契合我司中高端定位", new BigDecimal("150"),
				TODAY.plusMonths(4), "设备部评估 → 采购部比价 → 副总经理审批",
				List.of(new KeyPerson(11L, BuyingRole.FINAL_APPROVER, Attitude.PRAGMATIST, Support.NEUTRAL)),
				List.of(21L), List.of(new ProposedMember(3L, "客户经理")), new BigDecimal("30000.00"), "竞争对手价格低 10%");
	}

	/** Only the project's name: a draft's minimum. */
	static ApprovalForm named() {
		return ApprovalForm.named("散热器替换项目");
	}

	static int probabilityOf(Milestone milestone) {
		return PROBABILITIES[milestone.ordinal()];
	}

	/** A checklist of {@code milestone} with nothing to do: its gate is open. */
	static ChecklistState openGate(Milestone milestone) {
		return ChecklistState.of(milestone, List.of(), (item) -> false, DealFacts.NONE);
	}

	/** Milestone 2's checklist with a logged visit still missing. */
	static ChecklistState visitMissing() {
		MilestoneDefinition definition = new MilestoneDefinition(Milestone.CALL_AND_VISIT,
				new MilestoneGuidance("电话预约与上门拜访", null, "定义", null, "标准", null, 10));
		definition.addItem(ChecklistItemContent.automatic("至少记录一次上门拜访", "At least one visit logged", true,
				AutomaticRule.VISIT_LOGGED));
		return ChecklistState.of(Milestone.CALL_AND_VISIT, definition.activeItems(), (item) -> false, DealFacts.NONE);
	}

	static <T extends VersionedEntity> T withId(T entity, long id) {
		try {
			Field field = VersionedEntity.class.getDeclaredField("id");
			field.setAccessible(true);
			field.set(entity, id);
			return entity;
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
