package com.kacrm.persistence.test;

import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import com.kacrm.domain.account.Account;
import com.kacrm.domain.contact.ContactDetails;
import com.kacrm.domain.contact.ContactLevel;
import com.kacrm.domain.opportunity.Opportunity;
import com.kacrm.domain.opportunity.OpportunityDetails;
import com.kacrm.domain.organisation.Region;
import com.kacrm.domain.organisation.Role;
import com.kacrm.domain.organisation.Team;
import com.kacrm.domain.organisation.User;
import com.kacrm.domain.shared.Actor;
import com.kacrm.domain.shared.LocalizedName;
import com.kacrm.persistence.account.AccountService;
import com.kacrm.persistence.account.NewAccount;
import com.kacrm.persistence.contact.ContactService;
import com.kacrm.persistence.contact.NewContact;
import com.kacrm.persistence.shared.Viewer;

import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

/**
 * A small world of its own for org-chart and buying-centre tests: two teams in two
 * regions with a rep each, an account of the first team with two deals; codes are random
 * so tests never meet each other's data.
 */
public final class OrgChartWorld {

	public final Viewer rep;

	public final Viewer otherTeamRep;

	public final long accountId;

	public final long opportunityId;

	public final long otherOpportunityId;

	private final TestEntityManager entities;

	private final ContactService contacts;

	public OrgChartWorld(TestEntityManager entities, AccountService accounts, ContactService contacts) {
		this.entities = entities;
		this.contacts = contacts;
		Region south = entities.persist(new Region(code("S"), new LocalizedName("南区", "South")));
		Region east = entities.persist(new Region(code("E"), new LocalizedName("东区", "East")));
		Team southTeam = entities.persist(new Team(code("ST"), new LocalizedName("南队", null), south));
		Team eastTeam = entities.persist(new Team(code("ET"), new LocalizedName("东队", null), east));
		User repUser = user(Role.REP, southTeam);
		this.rep = viewer(repUser);
		this.otherTeamRep = viewer(user(Role.REP, eastTeam));
		entities.flush();
		this.accountId = accounts.create(
				new NewAccount("深圳测试客户" + code(""), southTeam.getCode(), repUser.getUsername(), null, null, null, null),
				Actor.system("test"), true);
		Account account = entities.find(Account.class, this.accountId);
		this.opportunityId = entities
			.persist(new Opportunity(OpportunityDetails.named("散热器替换项目"), account, repUser, 5, Actor.system("test"),
					Instant.now()))
			.getId();
		this.otherOpportunityId = entities
			.persist(new Opportunity(OpportunityDetails.named("冷却系统二期项目"), account, repUser, 5, Actor.system("test"),
					Instant.now()))
			.getId();
		entities.flush();
	}

	/** Adds a person to the account, under {@code managerId} when not null. */
	public long person(String name, ContactLevel level, int depth, Long managerId) {
		return this.contacts.add(this.accountId,
				new NewContact(new ContactDetails(name, "经理", "采购部", null, null, level, null, null), depth, managerId),
				this.rep);
	}

	/**
	 * Writes pending changes and empties the persistence context, as a new request would.
	 */
	public void clear() {
		this.entities.flush();
		this.entities.clear();
	}

	private User user(Role role, Team team) {
		String username = "u" + code("").toLowerCase();
		return this.entities.persist(new User(username, "用户" + username, "{test}x", role, team, Instant.now()));
	}

	private static Viewer viewer(User user) {
		return new Viewer(user.getId(), user.getDisplayName(), user.getRole(), user.getTeam().getCode());
	}

	private static String code(String prefix) {
		return prefix + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36), 36).toUpperCase();
	}

}
