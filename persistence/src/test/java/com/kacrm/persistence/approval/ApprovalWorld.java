package com.kacrm.persistence.approval;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import com.kacrm.domain.activity.ActivityType;
import com.kacrm.domain.approval.ApprovalForm;
import com.kacrm.domain.approval.ApprovalRequest;
import com.kacrm.domain.approval.Decision;
import com.kacrm.domain.approval.KeyPerson;
import com.kacrm.domain.approval.ProposedMember;
import com.kacrm.domain.buyingcentre.Attitude;
import com.kacrm.domain.buyingcentre.BuyingRole;
import com.kacrm.domain.buyingcentre.Support;
import com.kacrm.domain.contact.ContactDetails;
import com.kacrm.domain.contact.ContactLevel;
import com.kacrm.domain.opportunity.Opportunity;
import com.kacrm.domain.opportunity.OpportunityDetails;
import com.kacrm.domain.organisation.Region;
import com.kacrm.domain.organisation.Role;
import com.kacrm.domain.organisation.Team;
import com.kacrm.domain.organisation.User;
import com.kacrm.domain.playbook.Milestone;
import com.kacrm.domain.shared.Actor;
import com.kacrm.domain.shared.LocalizedName;
import com.kacrm.persistence.account.AccountService;
import com.kacrm.persistence.account.NewAccount;
import com.kacrm.persistence.activity.ActivityService;
import com.kacrm.persistence.activity.NewActivity;
import com.kacrm.persistence.buyingcentre.BuyingCentreService;
import com.kacrm.persistence.contact.ContactService;
import com.kacrm.persistence.contact.NewContact;
import com.kacrm.persistence.opportunity.ChecklistEntry;
import com.kacrm.persistence.opportunity.MilestoneService;
import com.kacrm.persistence.opportunity.OpportunityService;
import com.kacrm.persistence.shared.Viewer;
import jakarta.persistence.EntityManager;

import org.springframework.context.ApplicationContext;

/**
 * An organisation of its own for the 立项 tests (service, concurrency, notices and report),
 * made through the application's services: a southern team with its manager and two reps,
 * an eastern team with its manager and a rep, an admin, an account of each team (held by
 * its rep) and a person on the southern account's org chart. Deals are opened on the
 * southern account at milestone 1 ({@link #newDeal}) or brought to milestone 2 with its
 * gate open ({@link #readyDeal}): every manual item ticked, a visit logged and the person
 * seated in the buying centre. For the report, whose periods turn on the approval's day
 * in the display time zone, {@link #approved} makes requests approved at a chosen instant
 * through the domain's state machine (the services would stamp the clock's now). Codes
 * and names are random, so tests never meet each other's data, committed or not. The
 * activity tests use it too ({@link #dealAtCallAndVisit}, {@link #newAccount}).
 */
public final class ApprovalWorld {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	public final Team southTeam;

	public final Team eastTeam;

	public final Viewer admin;

	public final Viewer southManager;

	public final Viewer southRep;

	public final Viewer otherSouthRep;

	public final Viewer eastManager;

	public final Viewer eastRep;

	public final long accountId;

	public final String accountName;

	public final long eastAccountId;

	public final long contactId;

	private final EntityManager entities;

	private final OpportunityService opportunities;

	private final MilestoneService milestones;

	private final ActivityService activities;

	private final BuyingCentreService buyingCentres;

	private final AccountService accounts;

	/** Builds the world; the caller provides the transaction (it flushes). */
	public ApprovalWorld(EntityManager entities, ApplicationContext context) {
		this.entities = entities;
		this.opportunities = context.getBean(OpportunityService.class);
		this.milestones = context.getBean(MilestoneService.class);
		this.activities = context.getBean(ActivityService.class);
		this.buyingCentres = context.getBean(BuyingCentreService.class);
		Region south = persist(entities, new Region(code("S"), new LocalizedName("南区", "South")));
		Region east = persist(entities, new Region(code("E"), new LocalizedName("东区", "East")));
		this.southTeam = persist(entities, new Team(code("ST"), new LocalizedName("南队" + code(""), null), south));
		this.eastTeam = persist(entities, new Team(code("ET"), new LocalizedName("东队" + code(""), null), east));
		this.admin = viewer(user(entities, Role.ADMIN, null));
		User manager = user(entities, Role.MANAGER, this.southTeam);
		this.southTeam.appointManager(manager);
		this.southManager = viewer(manager);
		User eastManagerUser = user(entities, Role.MANAGER, this.eastTeam);
		this.eastTeam.appointManager(eastManagerUser);
		this.eastManager = viewer(eastManagerUser);
		User rep = user(entities, Role.REP, this.southTeam);
		this.southRep = viewer(rep);
		this.otherSouthRep = viewer(user(entities, Role.REP, this.southTeam));
		User eastRepUser = user(entities, Role.REP, this.eastTeam);
		this.eastRep = viewer(eastRepUser);
		entities.flush();
		this.accounts = context.getBean(AccountService.class);
		AccountService accounts = this.accounts;
		this.accountName = "深圳立项客户" + code("");
		this.accountId = accounts.create(
				new NewAccount(this.accountName, this.southTeam.getCode(), rep.getUsername(), null, null, null, null),
				Actor.system("test"), true);
		this.eastAccountId = accounts.create(new NewAccount("上海立项客户" + code(""), this.eastTeam.getCode(),
				eastRepUser.getUsername(), null, null, null, null), Actor.system("test"), true);
		this.contactId = context.getBean(ContactService.class)
			.add(this.accountId, new NewContact(
					new ContactDetails("赵工", "设备部经理", "设备部", null, null, ContactLevel.IMPLEMENTATION, null, null), 2,
					null), this.southRep);
		entities.flush();
	}

	/** A new deal of the southern rep at milestone 1, amount 120 万元. */
	public long newDeal(String name) {
		return this.opportunities.create(this.accountId, new OpportunityDetails(name + code(""), null,
				new BigDecimal("120.0000"), LocalDate.now().plusMonths(6), null, null), this.southRep);
	}

	/**
	 * A new deal at milestone 2 with its gate open: moved there by the admin past
	 * milestone 1's gate, every manual item of milestone 2 ticked, a visit logged on it
	 * and the account's person seated in its buying centre.
	 */
	public long readyDeal(String name) {
		long deal = newDeal(name);
		this.milestones.move(deal, null, Milestone.CALL_AND_VISIT, "测试：直接进入里程碑二", true, this.admin);
		openGate(deal);
		return deal;
	}

	/**
	 * A new deal of the southern rep at milestone 2 (电话与拜访), moved there by the admin
	 * past milestone 1's gate, with nothing of milestone 2 done yet.
	 */
	public long dealAtCallAndVisit(String name) {
		long deal = newDeal(name);
		this.milestones.move(deal, null, Milestone.CALL_AND_VISIT, "测试：直接进入里程碑二", true, this.admin);
		return deal;
	}

	/** Another account of {@code team}, held by {@code owner}; for lists and cadences. */
	public long newAccount(String name, Team team, Viewer owner) {
		String username = this.entities.find(User.class, owner.userId()).getUsername();
		return this.accounts.create(new NewAccount(name + code(""), team.getCode(), username, null, null, null, null),
				Actor.system("test"), true);
	}

	/** Meets every mandatory item of milestone 2 on the deal. */
	public void openGate(long deal) {
		for (ChecklistEntry entry : this.milestones.screen(deal, this.southRep).checklist()) {
			if (!entry.isAutomatic() && !entry.done()) {
				this.milestones.tick(deal, entry.itemId(), "测试依据：" + entry.textZh(), null, this.southRep);
			}
		}
		this.activities.log(
				NewActivity.phoneInvitation(this.accountId, deal, Instant.now().minus(2, ChronoUnit.HOURS),
						"电话邀约设备部，约定上门拜访", this.contactId, Instant.now().plus(1, ChronoUnit.DAYS), "客户工厂"),
				this.southRep);
		this.activities.log(new NewActivity(this.accountId, deal, ActivityType.SALES_VISIT,
				Instant.now().minus(1, ChronoUnit.HOURS), "上门拜访设备部", List.of()), this.southRep);
		this.buyingCentres.assign(deal, this.contactId, BuyingRole.EVALUATOR, Attitude.PRAGMATIST, Support.SUPPORTER,
				this.southRep);
	}

	/**
	 * A complete form: every field a decider needs, the account's person as key person,
	 * the southern rep on the team, 200 万元 by {@code signing}, a budget of 30,000 元.
	 */
	public ApprovalForm completeForm(String projectName, LocalDate signing) {
		return completeForm(projectName, signing, this.southRep, "200.0000", "30000.00");
	}

	/**
	 * A complete form with {@code member} on the team, {@code amount} 万元 by
	 * {@code signing} and a budget of {@code budget} 元.
	 */
	public ApprovalForm completeForm(String projectName, LocalDate signing, Viewer member, String amount,
			String budget) {
		return new ApprovalForm(projectName, "替换老旧散热设备，降低能耗", "节能方案与我司产品定位相符", new BigDecimal(amount), signing,
				"设备部评估，总经理审批", List.of(new KeyPerson(this.contactId, BuyingRole.EVALUATOR, null, Support.SUPPORTER)),
				List.of(), List.of(new ProposedMember(member.userId(), "客户经理")), new BigDecimal(budget), "竞争对手价格低");
	}

	public ApprovalForm completeForm(String projectName) {
		return completeForm(projectName, LocalDate.now().plusMonths(3));
	}

	/**
	 * A request for a new deal of {@code accountId} by {@code requester} ({@code amount}
	 * 万元, a budget of {@code budget} 元), filed two hours and submitted one hour before
	 * {@code approvedAt}, when {@code approver} approved it: made through the domain's
	 * state machine, so the moments are the caller's; the deal was taken to 项目立项 by the
	 * admin's overrides first.
	 */
	public ApprovalRequest approved(long accountId, Viewer requester, Viewer approver, String project, String amount,
			String budget, Instant approvedAt) {
		long dealId = this.opportunities.create(accountId, OpportunityDetails.named(project), requester);
		this.milestones.move(dealId, null, Milestone.CALL_AND_VISIT, "测试：越过关卡", true, this.admin);
		this.milestones.move(dealId, null, Milestone.PROJECT_APPROVAL, "测试：越过关卡", true, this.admin);
		Opportunity deal = this.entities.find(Opportunity.class, dealId);
		ApprovalRequest request = new ApprovalRequest("LXT-" + code("") + "-" + SEQUENCE.incrementAndGet(), deal,
				this.entities.find(User.class, requester.userId()),
				completeForm(project, LocalDate.now().plusMonths(3), requester, amount, budget), requester.actor(),
				approvedAt.minusSeconds(7200));
		this.entities.persist(request);
		this.entities.persist(request.submit(null, LocalDate.now(), requester.actor(), approvedAt.minusSeconds(3600)));
		Decision decision = request.approve("同意立项", null, 25, approver.actor(), approvedAt);
		this.entities.persist(decision.transition());
		this.entities.flush();
		return request;
	}

	public static String code(String prefix) {
		return prefix + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36), 36).toUpperCase();
	}

	private static <T> T persist(EntityManager entities, T entity) {
		entities.persist(entity);
		return entity;
	}

	private static User user(EntityManager entities, Role role, Team team) {
		String username = "u" + code("").toLowerCase() + code("").toLowerCase();
		return persist(entities, new User(username, "用户" + username, "{test}x", role, team, Instant.now()));
	}

	private static Viewer viewer(User user) {
		return new Viewer(user.getId(), user.getDisplayName(), user.getRole(),
				(user.getTeam() != null) ? user.getTeam().getCode() : null);
	}

}
