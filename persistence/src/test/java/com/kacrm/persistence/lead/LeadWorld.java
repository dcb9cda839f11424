package com.kacrm.persistence.lead;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import com.kacrm.domain.organisation.Region;
import com.kacrm.domain.organisation.Role;
import com.kacrm.domain.organisation.Team;
import com.kacrm.domain.organisation.User;
import com.kacrm.domain.reference.Tier;
import com.kacrm.domain.shared.LocalizedName;
import com.kacrm.persistence.shared.Viewer;

import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

/**
 * A small organisation of its own for lead tests: two regions, a team in each with a
 * manager and reps, and an admin; codes are random so tests never meet each other's data.
 */
final class LeadWorld {

	final Region south;

	final Region east;

	final Team southTeam;

	final Team eastTeam;

	final Viewer admin;

	final Viewer southManager;

	final Viewer southRep;

	final Viewer otherSouthRep;

	final Viewer eastRep;

	final String southRepUsername;

	LeadWorld(TestEntityManager entities) {
		this.south = entities.persist(new Region(code("S"), new LocalizedName("南区", "South")));
		this.east = entities.persist(new Region(code("E"), new LocalizedName("东区", "East")));
		this.southTeam = entities.persist(new Team(code("ST"), new LocalizedName("南队", null), this.south));
		this.eastTeam = entities.persist(new Team(code("ET"), new LocalizedName("东队", null), this.east));
		this.admin = viewer(entities, Role.ADMIN, null);
		User manager = user(entities, Role.MANAGER, this.southTeam);
		this.southTeam.appointManager(manager);
		this.southManager = viewer(manager);
		User rep = user(entities, Role.REP, this.southTeam);
		this.southRepUsername = rep.getUsername();
		this.southRep = viewer(rep);
		this.otherSouthRep = viewer(user(entities, Role.REP, this.southTeam));
		this.eastRep = viewer(user(entities, Role.REP, this.eastTeam));
		entities.flush();
	}

	NewLead lead(String name, Region region) {
		return new NewLead(name, region.getCode(), "AUTO_PARTS", 10, new BigDecimal("60000"), null, null,
				"INTERNET_SEARCH", "王经理 138", "展会认识", null, null);
	}

	NewLead lead(String name, Region region, Tier tier, String reason) {
		NewLead lead = lead(name, region);
		return new NewLead(lead.customerName(), lead.regionCode(), lead.industryCode(), lead.industryRank(),
				lead.annualRevenue(), tier, reason, lead.sourceCode(), lead.contactHint(), lead.notes(), null, null);
	}

	static String unique(String name) {
		return name + code("");
	}

	private static Viewer viewer(TestEntityManager entities, Role role, Team team) {
		return viewer(user(entities, role, team));
	}

	private static Viewer viewer(User user) {
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
