package com.kacrm.persistence.account;

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
import com.kacrm.persistence.shared.Viewer;

import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

/**
 * A small organisation of its own for account tests: two regions, a team in each with a
 * manager and reps, a second team in the south without a manager, and an admin; codes are
 * random so tests never meet each other's data.
 */
final class AccountWorld {

	final Region south;

	final Region east;

	final Team southTeam;

	final Team southSecondTeam;

	final Team eastTeam;

	final Viewer admin;

	final Viewer southManager;

	final Viewer southRep;

	final Viewer otherSouthRep;

	final Viewer eastRep;

	final Viewer eastManager;

	final User southRepUser;

	final User otherSouthRepUser;

	final User eastRepUser;

	AccountWorld(TestEntityManager entities) {
		this.south = entities.persist(new Region(code("S"), new LocalizedName("南区", "South")));
		this.east = entities.persist(new Region(code("E"), new LocalizedName("东区", "East")));
		this.southTeam = entities.persist(new Team(code("ST"), new LocalizedName("南队", null), this.south));
		this.southSecondTeam = entities.persist(new Team(code("SB"), new LocalizedName("南二队", null), this.south));
		this.eastTeam = entities.persist(new Team(code("ET"), new LocalizedName("东队", null), this.east));
		this.admin = viewer(user(entities, Role.ADMIN, null));
		User manager = user(entities, Role.MANAGER, this.southTeam);
		this.southTeam.appointManager(manager);
		this.southManager = viewer(manager);
		User eastManagerUser = user(entities, Role.MANAGER, this.eastTeam);
		this.eastTeam.appointManager(eastManagerUser);
		this.eastManager = viewer(eastManagerUser);
		this.southRepUser = user(entities, Role.REP, this.southTeam);
		this.southRep = viewer(this.southRepUser);
		this.otherSouthRepUser = user(entities, Role.REP, this.southTeam);
		this.otherSouthRep = viewer(this.otherSouthRepUser);
		this.eastRepUser = user(entities, Role.REP, this.eastTeam);
		this.eastRep = viewer(this.eastRepUser);
		entities.flush();
	}

	/** A small auto-parts supplier (tier D by the seeded criteria). */
	static AccountDraft draft(String name) {
		return new AccountDraft(name, "AUTO_PARTS", 300, new BigDecimal("500"), new BigDecimal("10"), "深圳市宝安区",
				"0755-2345 6789", null, "精密冲压件", null, null, null, null, null, DecisionMode.CENTRALISED,
				Lifecycle.PROSPECT, RelationshipStage.OUTSIDER);
	}

	static String unique(String name) {
		return name + code("");
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
