package com.kacrm.app.opportunity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.kacrm.app.test.AccountWithOpportunity;
import com.kacrm.domain.activity.ActivityType;
import com.kacrm.domain.buyingcentre.BuyingRole;
import com.kacrm.domain.buyingcentre.Support;
import com.kacrm.domain.contact.ContactDetails;
import com.kacrm.domain.contact.ContactLevel;
import com.kacrm.domain.playbook.AutomaticRule;
import com.kacrm.domain.playbook.Milestone;
import com.kacrm.persistence.activity.ActivityService;
import com.kacrm.persistence.activity.NewActivity;
import com.kacrm.persistence.buyingcentre.BuyingCentreService;
import com.kacrm.persistence.contact.ContactService;
import com.kacrm.persistence.contact.NewContact;
import com.kacrm.persistence.lead.ConversionResult;
import com.kacrm.persistence.lead.LeadConversionService;
import com.kacrm.persistence.lead.LeadService;
import com.kacrm.persistence.lead.LeadSheetService;
import com.kacrm.persistence.opportunity.ChecklistEntry;
import com.kacrm.persistence.opportunity.MilestoneScreen;
import com.kacrm.persistence.opportunity.MilestoneService;
import com.kacrm.persistence.opportunity.OpportunityService;
import com.kacrm.persistence.opportunity.OpportunityView;
import com.kacrm.persistence.shared.Viewer;
import com.kacrm.web.shared.CurrentUser;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Deals for the deal-page tests, made the way users make them: rep.zhang (team SZ,
 * managed by manager.south) converts a lead into an account with a deal at milestone 1,
 * ticks manual items, logs visits and assigns people in the buying centre through the
 * application's services.
 */
public class DealPageFixture {

	public static final String REP = "rep.zhang";

	private final UserDetailsService users;

	private final AccountWithOpportunity accounts;

	private final OpportunityService opportunities;

	private final MilestoneService milestones;

	private final ActivityService activities;

	private final ContactService contacts;

	private final BuyingCentreService buyingCentres;

	private final JdbcTemplate jdbc;

	public DealPageFixture(ApplicationContext context) {
		this.users = context.getBean(UserDetailsService.class);
		this.accounts = new AccountWithOpportunity(context.getBean(LeadService.class),
				context.getBean(LeadSheetService.class), context.getBean(LeadConversionService.class));
		this.opportunities = context.getBean(OpportunityService.class);
		this.milestones = context.getBean(MilestoneService.class);
		this.activities = context.getBean(ActivityService.class);
		this.contacts = context.getBean(ContactService.class);
		this.buyingCentres = context.getBean(BuyingCentreService.class);
		this.jdbc = context.getBean(JdbcTemplate.class);
	}

	/** A new account of rep.zhang's with one deal at milestone 1. */
	public ConversionResult newDeal(String prefix) {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		return this.accounts.create(viewer(REP), "SZ", prefix + suffix, prefix + "项目" + suffix);
	}

	public MilestoneScreen screen(long opportunityId) {
		return this.milestones.screen(opportunityId, viewer(REP));
	}

	public OpportunityView show(long opportunityId) {
		return this.opportunities.show(opportunityId, viewer(REP));
	}

	/** The manual items of the deal's current milestone not ticked yet. */
	public List<ChecklistEntry> openManualItems(long opportunityId) {
		return screen(opportunityId).checklist().stream().filter((e) -> !e.isAutomatic() && !e.done()).toList();
	}

	/** Ticks every manual item of the deal's current milestone with a note. */
	public void tickManualItems(long opportunityId) {
		for (ChecklistEntry entry : openManualItems(opportunityId)) {
			this.milestones.tick(opportunityId, entry.itemId(), "测试依据：" + entry.textZh(), null, viewer(REP));
		}
	}

	/** The item of the deal's current milestone satisfied by {@code rule}. */
	public long itemOf(long opportunityId, AutomaticRule rule) {
		return screen(opportunityId).checklist()
			.stream()
			.filter((e) -> e.rule() == rule)
			.findFirst()
			.orElseThrow()
			.itemId();
	}

	/** Ticks the manual items of milestone 1 and moves the deal to milestone 2. */
	public void toCallAndVisit(long opportunityId) {
		tickManualItems(opportunityId);
		this.milestones.move(opportunityId, null, Milestone.CALL_AND_VISIT, null, false, viewer(REP));
	}

	public long logVisit(long accountId, long opportunityId) {
		return this.activities.log(new NewActivity(accountId, opportunityId, ActivityType.SALES_VISIT,
				Instant.now().minus(1, ChronoUnit.HOURS), "上门拜访设备部", List.of()), viewer(REP));
	}

	public long identifyContact(long accountId, long opportunityId) {
		long contactId = this.contacts.add(accountId,
				new NewContact(
						new ContactDetails("赵工", "设备部经理", null, null, null, ContactLevel.IMPLEMENTATION, null, null), 2,
						null),
				viewer(REP));
		this.buyingCentres.assign(opportunityId, contactId, BuyingRole.EVALUATOR, null, Support.SUPPORTER, viewer(REP));
		return contactId;
	}

	/**
	 * A phone invitation to {@code contactId} that got through the manual's three steps
	 * and planned a visit for tomorrow: milestone 2's phone items are met.
	 */
	public long inviteByPhone(long accountId, long opportunityId, long contactId) {
		return this.activities.log(
				NewActivity.phoneInvitation(accountId, opportunityId, Instant.now().minus(2, ChronoUnit.HOURS),
						"电话邀约赵工，介绍公司与同类客户案例，约定上门拜访", contactId, Instant.now().plus(1, ChronoUnit.DAYS), "客户设备部"),
				viewer(REP));
	}

	public int moveRows(long opportunityId) {
		return this.jdbc.queryForObject("select count(*) from milestone_move where opportunity_id = ?", Integer.class,
				opportunityId);
	}

	public Viewer viewer(String username) {
		return ((CurrentUser) this.users.loadUserByUsername(username)).viewer();
	}

	public RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
