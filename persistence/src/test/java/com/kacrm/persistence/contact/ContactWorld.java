package com.kacrm.persistence.contact;

import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import com.kacrm.domain.account.Account;
import com.kacrm.domain.contact.ContactDetails;
import com.kacrm.domain.contact.ContactLevel;
import com.kacrm.domain.organisation.Region;
import com.kacrm.domain.organisation.Role;
import com.kacrm.domain.organisation.Team;
import com.kacrm.domain.organisation.User;
import com.kacrm.domain.reference.TierProfile;
import com.kacrm.domain.shared.LocalizedName;
import com.kacrm.persistence.shared.Viewer;

import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

/**
 * A small organisation of its own for contact tests: a team in the south with a rep and
 * one in the east with a rep, and an account of the south team; codes are random so tests
 * never meet each other's data.
 */
final class ContactWorld {

	final Team southTeam;

	final Viewer southRep;

	final Viewer eastRep;

	final Viewer admin;

	final Account account;

	final Account otherAccount;

	ContactWorld(TestEntityManager entities) {
		Region south = entities.persist(new Region(code("S"), new LocalizedName("南区", "South")));
		Region east = entities.persist(new Region(code("E"), new LocalizedName("东区", "East")));
		this.southTeam = entities.persist(new Team(code("ST"), new LocalizedName("南队", null), south));
		Team eastTeam = entities.persist(new Team(code("ET"), new LocalizedName("东队", null), east));
		User rep = user(entities, Role.REP, this.southTeam);
		this.southRep = viewer(rep);
		this.eastRep = viewer(user(entities, Role.REP, eastTeam));
		this.admin = viewer(user(entities, Role.ADMIN, null));
		this.account = entities.persist(new Account("深圳华鹏汽车配件" + code(""), this.southTeam, rep, null,
				new TierProfile(null, null, null), Instant.now()));
		this.otherAccount = entities.persist(new Account("东莞恒通散热器" + code(""), this.southTeam, rep, null,
				new TierProfile(null, null, null), Instant.now()));
		entities.flush();
	}

	static NewContact person(String name, int depth, Long reportsToId) {
		return new NewContact(details(name, ContactLevel.DECISION, 4), depth, reportsToId);
	}

	static ContactDetails details(String name, ContactLevel level, Integer target) {
		return new ContactDetails(name, "采购总监", "采购部", "0755-8888 8888", "buyer@huapeng.cn", level, "钓鱼", target);
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
