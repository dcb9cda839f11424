package com.kacrm.persistence.opportunity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import com.kacrm.domain.account.DecisionMode;
import com.kacrm.domain.account.Lifecycle;
import com.kacrm.domain.account.RelationshipStage;
import com.kacrm.domain.organisation.Region;
import com.kacrm.domain.organisation.Role;
import com.kacrm.domain.organisation.Team;
import com.kacrm.domain.organisation.User;
import com.kacrm.domain.shared.LocalizedName;
import com.kacrm.persistence.account.AccountDraft;
import com.kacrm.persistence.shared.Viewer;

import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

/**
 * A small organisation of its own for the opportunity list's tests: a southern team with
 * its manager and two reps, an eastern team with a manager and a rep, and an admin; codes
 * are random so tests never meet each other's data.
 */
final class OpportunityListWorld {

	final Team southTeam;

	final Team eastTeam;

	final Viewer admin;

	final Viewer southManager;

	final Viewer southRep;

	final Viewer otherSouthRep;

	final Viewer eastRep;

	final User otherSouthRepUser;

	OpportunityListWorld(TestEntityManager entities) {
		Region south = entities.persist(new Region(code("S"), new LocalizedName("南区", "South")));
		Region east = entities.persist(new Region(code("E"), new LocalizedName("东区", "East")));
		this.southTeam = entities.persist(new Team(code("ST"), new LocalizedName("南队" + code(""), null), south));
		this.eastTeam = entities.persist(new Team(code("ET"), new LocalizedName("东队" + code(""), null), east));
		this.admin = viewer(user(entities, Role.ADMIN, null));
		User manager = user(entities, Role.MANAGER, this.southTeam);
		this.southTeam.appointManager(manager);
		this.southManager = viewer(manager);
		User eastManager = user(entities, Role.MANAGER, this.eastTeam);
		this.eastTeam.appointManager(eastManager);
		this.southRep = viewer(user(entities, Role.REP, this.southTeam));
		this.otherSouthRepUser = user(entities, Role.REP, this.southTeam);
		this.otherSouthRep = viewer(this.otherSouthRepUser);
		this.eastRep = viewer(user(entities, Role.REP, this.eastTeam));
		entities.flush();
	}

	static AccountDraft draft(String name, String industryCode) {
		return new AccountDraft(name, industryCode, 300, new BigDecimal("500"), new BigDecimal("10"), "深圳市宝安区",
				"0755-2345 6789", null, "精密冲压件", null, null, null, null, null, DecisionMode.CENTRALISED,
				Lifecycle.PROSPECT, RelationshipStage.OUTSIDER);
	}

	static Viewer viewer(User user) {
		return new Viewer(user.getId(), user.getDisplayName(), user.getRole(),
				(user.getTeam() != null) ? user.getTeam().getCode() : null);
	}

	private static User user(TestEntityManager entities, Role role, Team team) {
		String username = "u" + code("").toLowerCase();
		return entities.persist(new User(username, "用户" + username, "{test}x", role, team, Instant.now()));
	}

	static String code(String prefix) {
		return prefix + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36), 36).toUpperCase();
	}

}
