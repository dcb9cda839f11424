package com.kacrm.persistence.approval;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import com.kacrm.domain.account.Account;
import com.kacrm.domain.approval.ApprovalForm;
import com.kacrm.domain.approval.ApprovalRequest;
import com.kacrm.domain.approval.Decision;
import com.kacrm.domain.approval.KeyPerson;
import com.kacrm.domain.approval.ProposedMember;
import com.kacrm.domain.buyingcentre.BuyingRole;
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
import com.kacrm.persistence.contact.ContactService;
import com.kacrm.persistence.contact.NewContact;
import com.kacrm.persistence.opportunity.MilestoneService;
import com.kacrm.persistence.shared.Viewer;

import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

/**
 * Two teams of their own (random codes), each with a manager, a rep and an account, an
 * admin, and approved 立项 requests made at chosen moments through the domain's state
 * machine, for the notice and report tests.
 */
final class ApprovalNoticeWorld {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	final Team team;

	final Team otherTeam;

	final User manager;

	final User rep;

	final User otherManager;

	final User otherRep;

	final User admin;

	final long accountId;

	final long otherAccountId;

	private final long contactId;

	private final TestEntityManager entities;

	private final MilestoneService milestones;

	ApprovalNoticeWorld(TestEntityManager entities, AccountService accounts, ContactService contacts,
			MilestoneService milestones) {
		this.entities = entities;
		this.milestones = milestones;
		Region region = entities.persist(new Region(code("R"), new LocalizedName("审批区", "Approval region")));
		this.team = entities.persist(new Team(code("AT"), new LocalizedName("审批一队", "Approvals one"), region));
		this.otherTeam = entities.persist(new Team(code("AO"), new LocalizedName("审批二队", "Approvals two"), region));
		this.manager = user("经理", Role.MANAGER, this.team);
		this.rep = user("代表", Role.REP, this.team);
		this.otherManager = user("二队经理", Role.MANAGER, this.otherTeam);
		this.otherRep = user("二队代表", Role.REP, this.otherTeam);
		this.admin = user("管理员", Role.ADMIN, null);
		this.team.appointManager(this.manager);
		this.otherTeam.appointManager(this.otherManager);
		entities.flush();
		this.accountId = accounts.create(new NewAccount("立项测试客户" + code(""), this.team.getCode(),
				this.rep.getUsername(), null, null, null, null), Actor.system("test"), true);
		this.otherAccountId = accounts.create(new NewAccount("立项测试客户二" + code(""), this.otherTeam.getCode(),
				this.otherRep.getUsername(), null, null, null, null), Actor.system("test"), true);
		this.contactId = contacts.add(this.accountId,
				new NewContact(new ContactDetails("赵总", "总经理", "总经办", null, null, ContactLevel.DECISION, null, null), 3,
						null),
				viewer(this.rep));
		entities.flush();
	}

	/**
	 * A request for a new deal of {@code accountId} by {@code requester}, submitted and
	 * approved by {@code approver} at {@code approvedAt}; the deal was taken to 项目立项 by
	 * an admin's overrides first.
	 */
	ApprovalRequest approved(long accountId, User requester, User approver, String project, String amount,
			String budget, Instant approvedAt) {
		Account account = this.entities.find(Account.class, accountId);
		Opportunity deal = this.entities.persist(new Opportunity(OpportunityDetails.named(project), account, requester,
				5, Actor.system("test"), Instant.now()));
		this.entities.flush();
		this.milestones.move(deal.getId(), null, Milestone.CALL_AND_VISIT, "测试：越过关卡", true, viewer(this.admin));
		this.milestones.move(deal.getId(), null, Milestone.PROJECT_APPROVAL, "测试：越过关卡", true, viewer(this.admin));
		ApprovalForm form = new ApprovalForm(project, "替换老旧散热器", "高效节能，符合我司定位", new BigDecimal(amount),
				LocalDate.now().plusMonths(3), "设备部评估，总经理拍板",
				List.of(new KeyPerson(this.contactId, BuyingRole.DECISION_MAKER, null, null)), List.of(),
				List.of(new ProposedMember(requester.getId(), "客户经理")), new BigDecimal(budget), "竞争对手降价");
		ApprovalRequest request = new ApprovalRequest("LXT-" + code("") + "-" + SEQUENCE.incrementAndGet(), deal,
				requester, form, actor(requester), approvedAt.minusSeconds(7200));
		this.entities.persist(request);
		this.entities.persist(request.submit(null, LocalDate.now(), actor(requester), approvedAt.minusSeconds(3600)));
		Decision decision = request.approve("同意立项", null, 25, actor(approver), approvedAt);
		this.entities.persist(decision.transition());
		this.entities.flush();
		return request;
	}

	static Viewer viewer(User user) {
		return new Viewer(user.getId(), user.getDisplayName(), user.getRole(),
				(user.getTeam() != null) ? user.getTeam().getCode() : null);
	}

	static Actor actor(User user) {
		return new Actor(user.getId(), user.getDisplayName());
	}

	private User user(String name, Role role, Team team) {
		String username = "ap" + code("").toLowerCase();
		return this.entities.persist(new User(username, name + username, "{test}x", role, team, Instant.now()));
	}

	private static String code(String prefix) {
		return prefix + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36), 36).toUpperCase();
	}

}
