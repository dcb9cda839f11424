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
import com.kacrm.domain.buyingcentre.Attitude;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Deals for the 立项 screens' tests, made the way users make them: rep.zhang (team SZ,
 * managed by manager.south) converts a lead into an account with a deal, ticks the manual
 * items of milestone 1, moves it to 电话预约与上门拜访, ticks that milestone's manual items, logs
 * a visit on it and names the customer's 设备部经理 in its buying centre, so that the
 * milestone-2 gate is open and a 立项 request may be submitted.
 */
public class ApprovalScreenDeals {

	public static final String REP = "rep.zhang";

	private final UserDetailsService users;

	private final AccountWithOpportunity accounts;

	private final MilestoneService milestones;

	private final ActivityService activities;

	private final ContactService contacts;

	private final BuyingCentreService buyingCentres;

	private final ApprovalService approvals;

	public ApprovalScreenDeals(ApplicationContext context) {
		this.users = context.getBean(UserDetailsService.class);
		this.accounts = new AccountWithOpportunity(context.getBean(LeadService.class),
				context.getBean(LeadSheetService.class), context.getBean(LeadConversionService.class));
		this.milestones = context.getBean(MilestoneService.class);
		this.activities = context.getBean(ActivityService.class);
		this.contacts = context.getBean(ContactService.class);
		this.buyingCentres = context.getBean(BuyingCentreService.class);
		this.approvals = context.getBean(ApprovalService.class);
	}

	/** A deal of rep.zhang's, at milestone 1, on a new account. */
	public Deal atPlanning(String prefix) {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		ConversionResult result = this.accounts.create(viewer(REP), "SZ", prefix + "有限公司" + suffix,
				prefix + "项目" + suffix);
		return new Deal(result.accountId(), result.opportunityId(), null, prefix + "项目" + suffix);
	}

	/** A deal at milestone 2 whose gate is open: a 立项 request may be submitted. */
	public Deal readyForApproval(String prefix) {
		Deal deal = atPlanning(prefix);
		tickManualItems(deal.opportunityId());
		this.milestones.move(deal.opportunityId(), null, Milestone.CALL_AND_VISIT, null, false, viewer(REP));
		tickManualItems(deal.opportunityId());
		this.activities.log(new NewActivity(deal.accountId(), deal.opportunityId(), ActivityType.SALES_VISIT,
				Instant.now().minus(1, ChronoUnit.HOURS), "上门拜访设备部，介绍产品与价格优势", List.of()), viewer(REP));
		long contactId = this.contacts.add(deal.accountId(),
				new NewContact(
						new ContactDetails("赵工", "设备部经理", null, null, null, ContactLevel.IMPLEMENTATION, null, null), 2,
						null),
				viewer(REP));
		this.buyingCentres.assign(deal.opportunityId(), contactId, BuyingRole.EVALUATOR, Attitude.PRAGMATIST,
				Support.SUPPORTER, viewer(REP));
		return new Deal(deal.accountId(), deal.opportunityId(), contactId, deal.name());
	}

	/** A complete form for {@code deal}, which may be submitted. */
	public ApprovalForm completeForm(Deal deal) {
		return new ApprovalForm(deal.name(), "新产线散热器 2000 套，明年二季度投产", "高效钎焊散热器，与我方高端定位相符", new BigDecimal("120"),
				LocalDate.now().plusMonths(4), "设备部评估，采购部比价，总经理批准",
				List.of(new KeyPerson(deal.contactId(), BuyingRole.EVALUATOR, Attitude.PRAGMATIST, Support.SUPPORTER)),
				List.of(), List.of(new ProposedMember(userId(REP), "客户关系与商务")), new BigDecimal("50000"),
				"竞争对手价格更低；交期紧张");
	}

	/** A complete draft by rep.zhang for the ready {@code deal}. */
	public long draft(Deal deal) {
		return this.approvals.create(deal.opportunityId(), completeForm(deal), viewer(REP));
	}

	/** A request by rep.zhang for the ready {@code deal}, submitted. */
	public long submitted(Deal deal) {
		long id = draft(deal);
		this.approvals.submit(id, null, viewer(REP));
		return id;
	}

	private void tickManualItems(long opportunityId) {
		for (ChecklistEntry entry : this.milestones.screen(opportunityId, viewer(REP)).checklist()) {
			if (!entry.isAutomatic() && !entry.done()) {
				this.milestones.tick(opportunityId, entry.itemId(), "测试依据：" + entry.textZh(), null, viewer(REP));
			}
		}
	}

	public Viewer viewer(String username) {
		return ((CurrentUser) this.users.loadUserByUsername(username)).viewer();
	}

	public long userId(String username) {
		return ((CurrentUser) this.users.loadUserByUsername(username)).getId();
	}

	public String displayName(String username) {
		return ((CurrentUser) this.users.loadUserByUsername(username)).getDisplayName();
	}

	public RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	/**
	 * A test deal: its account, its id, the contact named in its buying centre (null at
	 * milestone 1) and its name.
	 */
	public record Deal(long accountId, long opportunityId, Long contactId, String name) {
	}

}
