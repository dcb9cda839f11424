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
 * 立项 requests made the way reps make them, through the running application's services: a
 * lead converted into an account with a deal, the deal taken to milestone 2 with its gate
 * open (manual items ticked, a visit logged, a contact given a role in the buying
 * centre), a complete request filed for it and submitted.
 */
class ApprovalFlow {

	private final UserDetailsService users;

	private final AccountWithOpportunity accounts;

	private final MilestoneService milestones;

	private final ActivityService activities;

	private final ContactService contacts;

	private final BuyingCentreService buyingCentres;

	final ApprovalService approvals;

	ApprovalFlow(ApplicationContext context) {
		this.users = context.getBean(UserDetailsService.class);
		this.accounts = new AccountWithOpportunity(context.getBean(LeadService.class),
				context.getBean(LeadSheetService.class), context.getBean(LeadConversionService.class));
		this.milestones = context.getBean(MilestoneService.class);
		this.activities = context.getBean(ActivityService.class);
		this.contacts = context.getBean(ContactService.class);
		this.buyingCentres = context.getBean(BuyingCentreService.class);
		this.approvals = context.getBean(ApprovalService.class);
	}

	/** What a submitted request is. */
	record Submitted(long requestId, String number, String projectName, long opportunityId) {
	}

	/**
	 * A new deal of {@code rep}'s in {@code regionCode}, at milestone 2 with its gate
	 * open, and its request submitted: estimated 120.5 万元, budget 50 000 元.
	 */
	Submitted submitted(String rep, String regionCode, String prefix) {
		Viewer viewer = viewer(rep);
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String project = prefix + "项目" + suffix;
		ConversionResult deal = this.accounts.create(viewer, regionCode, prefix + "客户" + suffix, project);
		long opportunityId = deal.opportunityId();
		tickManualItems(opportunityId, viewer);
		this.milestones.move(opportunityId, null, Milestone.CALL_AND_VISIT, null, false, viewer);
		this.activities.log(new NewActivity(deal.accountId(), opportunityId, ActivityType.SALES_VISIT,
				Instant.now().minus(1, ChronoUnit.HOURS), "上门拜访设备部", List.of()), viewer);
		long contactId = this.contacts.add(deal.accountId(),
				new NewContact(
						new ContactDetails("赵工", "设备部经理", null, null, null, ContactLevel.IMPLEMENTATION, null, null), 2,
						null),
				viewer);
		this.buyingCentres.assign(opportunityId, contactId, BuyingRole.DECISION_MAKER, null, Support.SUPPORTER, viewer);
		tickManualItems(opportunityId, viewer);
		ApprovalForm form = new ApprovalForm(project, "替换老旧散热器，年需求约 2 万套", "高效节能，符合我司中高端定位", new BigDecimal("120.5"),
				LocalDate.now().plusMonths(4), "设备部评估，总经理拍板",
				List.of(new KeyPerson(contactId, BuyingRole.DECISION_MAKER, null, Support.SUPPORTER)), List.of(),
				List.of(new ProposedMember(viewer.userId(), "客户经理")), new BigDecimal("50000"), "竞争对手可能降价");
		long requestId = this.approvals.create(opportunityId, form, viewer);
		this.approvals.submit(requestId, null, viewer);
		return new Submitted(requestId, this.approvals.show(requestId, viewer).number(), project, opportunityId);
	}

	private void tickManualItems(long opportunityId, Viewer viewer) {
		List<ChecklistEntry> open = this.milestones.screen(opportunityId, viewer)
			.checklist()
			.stream()
			.filter((entry) -> !entry.isAutomatic() && !entry.done())
			.toList();
		for (ChecklistEntry entry : open) {
			this.milestones.tick(opportunityId, entry.itemId(), "测试依据：" + entry.textZh(), null, viewer);
		}
	}

	Viewer viewer(String username) {
		return ((CurrentUser) this.users.loadUserByUsername(username)).viewer();
	}

}
