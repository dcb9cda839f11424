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
 * Deals and 立项 requests for the approval tests (screens, API, inbox, mails, report and
 * the browser journeys), made the way users make them through the running application's
 * services: a rep (rep.zhang of team SZ, managed by manager.south, unless another rep and
 * region are given) converts a lead into an account with a deal
 * ({@link #atMilestoneOne}), ticks the manual items of milestone 1 and moves it to
 * 电话预约与上门拜访 ({@link #atMilestoneTwo}, its items still open), ticks that milestone's
 * manual items, logs a visit on it and seats the customer's 设备部经理 赵工 in its buying centre
 * as evaluator, so that the milestone-2 gate is open and a 立项 request may be submitted
 * ({@link #readyForApproval}). Names are random, so tests never meet each other's data.
 */
public class ApprovalDeals {

	/** The rep whose deals these are unless another one is given. */
	public static final String REP = "rep.zhang";

	/** The region of {@link #REP}'s team SZ. */
	public static final String REGION = "SZ";

	private final UserDetailsService users;

	private final AccountWithOpportunity accounts;

	private final MilestoneService milestones;

	private final ActivityService activities;

	private final ContactService contacts;

	private final BuyingCentreService buyingCentres;

	private final ApprovalService approvals;

	private final String rep;

	private final String region;

	/** Deals of rep.zhang in SZ. */
	public ApprovalDeals(ApplicationContext context) {
		this(context, REP, REGION);
	}

	/** Deals of {@code rep}, on accounts registered in {@code regionCode}. */
	public ApprovalDeals(ApplicationContext context, String rep, String regionCode) {
		this.users = context.getBean(UserDetailsService.class);
		this.accounts = new AccountWithOpportunity(context.getBean(LeadService.class),
				context.getBean(LeadSheetService.class), context.getBean(LeadConversionService.class));
		this.milestones = context.getBean(MilestoneService.class);
		this.activities = context.getBean(ActivityService.class);
		this.contacts = context.getBean(ContactService.class);
		this.buyingCentres = context.getBean(BuyingCentreService.class);
		this.approvals = context.getBean(ApprovalService.class);
		this.rep = rep;
		this.region = regionCode;
	}

	/** The rep whose deals these are. */
	public String rep() {
		return this.rep;
	}

	/** A deal of the rep's, at milestone 1, on a new account. */
	public Deal atMilestoneOne(String prefix) {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String name = prefix + "项目" + suffix;
		ConversionResult result = this.accounts.create(repViewer(), this.region, prefix + "客户" + suffix, name);
		return new Deal(result.accountId(), result.opportunityId(), null, name);
	}

	/**
	 * A deal of the rep's just moved to milestone 2 (milestone 1's manual items ticked),
	 * whose items are all open: no visit, nobody in the buying centre.
	 */
	public Deal atMilestoneTwo(String prefix) {
		Deal deal = atMilestoneOne(prefix);
		tickManualItems(deal.opportunityId());
		this.milestones.move(deal.opportunityId(), null, Milestone.CALL_AND_VISIT, null, false, repViewer());
		return deal;
	}

	/**
	 * A deal at milestone 2 whose gate is open: a 立项 request may be submitted. Its
	 * {@link Deal#contactId()} is 赵工, seated as evaluator.
	 */
	public Deal readyForApproval(String prefix) {
		Deal deal = atMilestoneTwo(prefix);
		tickManualItems(deal.opportunityId());
		long contactId = this.contacts.add(deal.accountId(),
				new NewContact(
						new ContactDetails("赵工", "设备部经理", null, null, null, ContactLevel.IMPLEMENTATION, null, null), 2,
						null),
				repViewer());
		this.activities.log(NewActivity.phoneInvitation(deal.accountId(), deal.opportunityId(),
				Instant.now().minus(2, ChronoUnit.HOURS), "电话邀约赵工，介绍公司与同类客户案例，约定上门拜访", contactId,
				Instant.now().plus(1, ChronoUnit.DAYS), "客户设备部"), repViewer());
		this.activities.log(new NewActivity(deal.accountId(), deal.opportunityId(), ActivityType.SALES_VISIT,
				Instant.now().minus(1, ChronoUnit.HOURS), "上门拜访设备部，介绍产品与价格优势", List.of()), repViewer());
		this.buyingCentres.assign(deal.opportunityId(), contactId, BuyingRole.EVALUATOR, Attitude.PRAGMATIST,
				Support.SUPPORTER, repViewer());
		return new Deal(deal.accountId(), deal.opportunityId(), contactId, deal.name());
	}

	/** A complete form for the ready {@code deal}, named after it. */
	public ApprovalForm completeForm(Deal deal) {
		return completeForm(deal, deal.name());
	}

	/**
	 * A complete form for the ready {@code deal}, which may be submitted. Tests assert on
	 * its figures: 120.5 万元 expected {@code today + 4 months}, a budget of 50,000 元, the
	 * needs "新产线散热器 2000 套，…", 赵工 as evaluator and the rep on the team.
	 */
	public ApprovalForm completeForm(Deal deal, String projectName) {
		return new ApprovalForm(projectName, "新产线散热器 2000 套，明年二季度投产", "高效钎焊散热器，与我方高端定位相符", new BigDecimal("120.5"),
				LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusMonths(4), "设备部评估，采购部比价，总经理批准",
				List.of(new KeyPerson(deal.contactId(), BuyingRole.EVALUATOR, Attitude.PRAGMATIST, Support.SUPPORTER)),
				List.of(), List.of(new ProposedMember(userId(this.rep), "客户关系与商务")), new BigDecimal("50000"),
				"竞争对手价格更低；交期紧张");
	}

	/** A complete draft by the rep for the ready {@code deal}, named after it. */
	public long draft(Deal deal) {
		return request(deal, deal.name(), this.rep);
	}

	/** A complete draft for the ready {@code deal}, filed by {@code username}. */
	public long request(Deal deal, String projectName, String username) {
		return this.approvals.create(deal.opportunityId(), completeForm(deal, projectName), viewer(username));
	}

	/**
	 * A complete request by the rep for the ready {@code deal}, named after it,
	 * submitted.
	 */
	public long submitted(Deal deal) {
		return submitted(deal, deal.name());
	}

	/** A complete request by the rep for the ready {@code deal}, submitted. */
	public long submitted(Deal deal, String projectName) {
		long id = request(deal, projectName, this.rep);
		this.approvals.submit(id, null, repViewer());
		return id;
	}

	/** The number (LX-YYYY-NNNN) the request was given. */
	public String number(long requestId) {
		return this.approvals.show(requestId, repViewer()).number();
	}

	private void tickManualItems(long opportunityId) {
		for (ChecklistEntry entry : this.milestones.screen(opportunityId, repViewer()).checklist()) {
			if (!entry.isAutomatic() && !entry.done()) {
				this.milestones.tick(opportunityId, entry.itemId(), "测试依据：" + entry.textZh(), null, repViewer());
			}
		}
	}

	private Viewer repViewer() {
		return viewer(this.rep);
	}

	public Viewer viewer(String username) {
		return signedIn(username).viewer();
	}

	public long userId(String username) {
		return signedIn(username).getId();
	}

	public String displayName(String username) {
		return signedIn(username).getDisplayName();
	}

	/** {@code username} signed in, for MockMvc. */
	public RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	private CurrentUser signedIn(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

	/**
	 * A test deal: its account, its id, the contact seated in its buying centre (null
	 * before it is ready for approval) and its name.
	 */
	public record Deal(long accountId, long opportunityId, Long contactId, String name) {
	}

}
