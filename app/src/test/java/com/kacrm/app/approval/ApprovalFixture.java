package com.kacrm.app.approval;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.kacrm.app.test.AccountWithOpportunity;
import com.kacrm.domain.activity.ActivityType;
import com.kacrm.domain.approval.ApprovalForm;
import com.kacrm.domain.approval.KeyPerson;
import com.kacrm.domain.approval.ProposedMember;
import com.kacrm.domain.buyingcentre.BuyingRole;
import com.kacrm.domain.buyingcentre.Support;
import com.kacrm.domain.contact.ContactDetails;
import com.kacrm.domain.contact.ContactLevel;
import com.kacrm.domain.playbook.Milestone;
import com.kacrm.persistence.activity.ActivityService;
import com.kacrm.persistence.activity.NewActivity;
import com.kacrm.persistence.approval.ApprovalService;
import com.kacrm.persistence.buyingcentre.BuyingCentreService;
import com.kacrm.persistence.contact.ContactService;
import com.kacrm.persistence.contact.NewContact;
import com.kacrm.persistence.lead.ConversionResult;
import com.kacrm.persistence.lead.LeadConversionService;
import com.kacrm.persistence.lead.LeadService;
import com.kacrm.persistence.lead.LeadSheetService;
import com.kacrm.persistence.opportunity.ChecklistEntry;
import com.kacrm.persistence.opportunity.MilestoneService;
import com.kacrm.persistence.shared.Viewer;
import com.kacrm.web.shared.CurrentUser;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Deals and 立项 requests for the approval tests, made the way users make them: rep.zhang
 * (team SZ, managed by manager.south) converts a lead into an account with a deal, ticks
 * the manual items, moves it to milestone 2, logs a visit and seats a person in its
 * buying centre, so that the deal meets milestone 2's standard.
 */
final class ApprovalFixture {

	static final String REP = "rep.zhang";

	private final UserDetailsService users;

	private final AccountWithOpportunity accounts;

	private final MilestoneService milestones;

	private final ActivityService activities;

	private final ContactService contacts;

	private final BuyingCentreService buyingCentres;

	private final ApprovalService approvals;

	ApprovalFixture(ApplicationContext context) {
		this.users = context.getBean(UserDetailsService.class);
		this.accounts = new AccountWithOpportunity(context.getBean(LeadService.class),
				context.getBean(LeadSheetService.class), context.getBean(LeadConversionService.class));
		this.milestones = context.getBean(MilestoneService.class);
		this.activities = context.getBean(ActivityService.class);
		this.contacts = context.getBean(ContactService.class);
		this.buyingCentres = context.getBean(BuyingCentreService.class);
		this.approvals = context.getBean(ApprovalService.class);
	}

	/** A deal of rep.zhang's at milestone 1, on a new account. */
	Deal newDeal(String prefix) {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		ConversionResult result = this.accounts.create(viewer(REP), "SZ", prefix + "客户" + suffix,
				prefix + "项目" + suffix);
		return new Deal(result.accountId(), result.opportunityId(), 0);
	}

	/** A deal of rep.zhang's just moved to milestone 2, whose items are all open. */
	Deal dealAtMilestoneTwo(String prefix) {
		Deal deal = newDeal(prefix);
		tickManualItems(deal.opportunityId());
		this.milestones.move(deal.opportunityId(), null, Milestone.CALL_AND_VISIT, null, false, viewer(REP));
		return deal;
	}

	/**
	 * A deal of rep.zhang's at milestone 2 that meets its standard, with a key person.
	 */
	Deal readyDeal(String prefix) {
		Deal deal = dealAtMilestoneTwo(prefix);
		tickManualItems(deal.opportunityId());
		this.activities.log(new NewActivity(deal.accountId(), deal.opportunityId(), ActivityType.SALES_VISIT,
				Instant.now().minus(1, ChronoUnit.HOURS), "上门拜访设备部", List.of()), viewer(REP));
		long contactId = this.contacts.add(deal.accountId(),
				new NewContact(
						new ContactDetails("赵工", "设备部经理", null, null, null, ContactLevel.IMPLEMENTATION, null, null), 2,
						null),
				viewer(REP));
		this.buyingCentres.assign(deal.opportunityId(), contactId, BuyingRole.EVALUATOR, null, Support.SUPPORTER,
				viewer(REP));
		return new Deal(deal.accountId(), deal.opportunityId(), contactId);
	}

	/** A complete request for the ready deal, filed by {@code username}. */
	long request(Deal deal, String projectName, String username) {
		return this.approvals.create(deal.opportunityId(), completeForm(deal, projectName), viewer(username));
	}

	/** A complete request for the ready deal, filed and submitted by rep.zhang. */
	long submitted(Deal deal, String projectName) {
		long id = request(deal, projectName, REP);
		this.approvals.submit(id, null, viewer(REP));
		return id;
	}

	ApprovalForm completeForm(Deal deal, String projectName) {
		return new ApprovalForm(projectName, "替换老旧散热设备", "节能方案与我司产品定位相符", new BigDecimal("200"),
				LocalDate.now().plusMonths(3), "设备部评估，总经理审批",
				List.of(new KeyPerson(deal.contactId(), BuyingRole.EVALUATOR, null, Support.SUPPORTER)), List.of(),
				List.of(new ProposedMember(viewer(REP).userId(), "客户经理")), new BigDecimal("30000"), "竞争对手价格低");
	}

	private void tickManualItems(long opportunityId) {
		for (ChecklistEntry entry : this.milestones.screen(opportunityId, viewer(REP)).checklist()) {
			if (!entry.isAutomatic() && !entry.done()) {
				this.milestones.tick(opportunityId, entry.itemId(), "测试依据：" + entry.textZh(), null, viewer(REP));
			}
		}
	}

	Viewer viewer(String username) {
		return ((CurrentUser) this.users.loadUserByUsername(username)).viewer();
	}

	/** A deal, its account and the person seated in its buying centre (0 for none). */
	record Deal(long accountId, long opportunityId, long contactId) {
	}

}
