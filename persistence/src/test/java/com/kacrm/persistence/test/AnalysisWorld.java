package com.kacrm.persistence.test;

import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import com.kacrm.domain.organisation.Region;
import com.kacrm.domain.organisation.Role;
import com.kacrm.domain.organisation.Team;
import com.kacrm.domain.organisation.User;
import com.kacrm.domain.shared.Actor;
import com.kacrm.domain.shared.LocalizedName;
import com.kacrm.persistence.account.AccountService;
import com.kacrm.persistence.account.NewAccount;
import com.kacrm.persistence.shared.Viewer;

import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

/**
 * A small organisation of its own for tests of what hangs off an account (SWOTs,
 * competitors, value assessments): a south and an east team with a rep each, a manager of
 * the south team, an admin, and one account per team. Codes and names are random so tests
 * never meet each other's data.
 */
public final class AnalysisWorld {

	public final Team southTeam;

	public final Team eastTeam;

	public final Viewer admin;

	public final Viewer southManager;

	public final Viewer southRep;

	public final Viewer eastRep;

	public final long southAccount;

	public final long eastAccount;

	public AnalysisWorld(TestEntityManager entities, AccountService accounts) {
		Region south = entities.persist(new Region(code("S"), new LocalizedName("南区", "South")));
		Region east = entities.persist(new Region(code("E"), new LocalizedName("东区", "East")));
		this.southTeam = entities.persist(new Team(code("ST"), new LocalizedName("南队", null), south));
		this.eastTeam = entities.persist(new Team(code("ET"), new LocalizedName("东队", null), east));
		this.admin = viewer(user(entities, Role.ADMIN, null));
		User manager = user(entities, Role.MANAGER, this.southTeam);
		this.southTeam.appointManager(manager);
		this.southManager = viewer(manager);
		this.southRep = viewer(user(entities, Role.REP, this.southTeam));
		this.eastRep = viewer(user(entities, Role.REP, this.eastTeam));
		entities.flush();
		this.southAccount = account(accounts, "深圳南方" + code(""), this.southTeam);
		this.eastAccount = account(accounts, "上海东方" + code(""), this.eastTeam);
	}

	/** A new account of {@code team} without owner. */
	public static long account(AccountService accounts, String name, Team team) {
		return accounts.create(new NewAccount(name, team.getCode(), null, null, null, null, null), Actor.system("test"),
				true);
	}

	/** A random code with the prefix, e.g. for unique names. */
	public static String code(String prefix) {
		return prefix + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36), 36).toUpperCase();
	}

	private static Viewer viewer(User user) {
		return new Viewer(user.getId(), user.getDisplayName(), user.getRole(),
				(user.getTeam() != null) ? user.getTeam().getCode() : null);
	}

	private static User user(TestEntityManager entities, Role role, Team team) {
		String username = "u" + code("").toLowerCase();
		return entities.persist(new User(username, "用户" + username, "{test}x", role, team, Instant.now()));
	}

}
