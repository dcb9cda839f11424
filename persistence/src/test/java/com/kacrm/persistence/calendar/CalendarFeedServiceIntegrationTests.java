package com.kacrm.persistence.calendar;

import com.kacrm.domain.calendar.CalendarFeed;
import com.kacrm.domain.organisation.Role;
import com.kacrm.domain.shared.Actor;
import com.kacrm.domain.shared.LocalizedName;
import com.kacrm.persistence.organisation.NewUser;
import com.kacrm.persistence.organisation.OrganisationAdminService;
import com.kacrm.persistence.organisation.OrganisationService;
import com.kacrm.persistence.shared.Viewer;
import com.kacrm.persistence.test.PersistenceTest;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@PersistenceTest
class CalendarFeedServiceIntegrationTests {

	@Autowired
	CalendarFeedService feeds;

	@Autowired
	OrganisationService organisation;

	@Autowired
	OrganisationAdminService organisationAdmin;

	@Autowired
	EntityManager entityManager;

	Viewer viewer;

	@BeforeEach
	void createUser() {
		if (!this.organisation.regionExists("CF")) {
			this.organisation.createRegion("CF", new LocalizedName("日历测试", "Calendar test"));
			this.organisation.createTeam("CF", new LocalizedName("日历测试组", "Calendar test team"), "CF");
		}
		String username = "feed.test." + System.nanoTime();
		this.organisation.createUser(new NewUser(username, "日历测试", "{noop}x", Role.REP, "CF"));
		this.viewer = this.organisation.viewerOf(username);
	}

	@Test
	void aNewFeedOpensForItsUserByItsToken() {
		NewCalendarFeed feed = this.feeds.create(this.viewer);

		assertThat(feed.token()).matches("[A-Za-z0-9_-]{43}");
		assertThat(this.feeds.userFor(feed.token())).contains(this.viewer.userId());
		assertThat(this.feeds.status(this.viewer).active()).isTrue();
		assertThat(this.feeds.status(this.viewer).since()).isEqualTo(feed.createdAt());
	}

	@Test
	void theTableKeepsTheTokensHashNotTheToken() {
		NewCalendarFeed feed = this.feeds.create(this.viewer);

		String stored = (String) this.entityManager
			.createNativeQuery("select token_hash from calendar_feed where user_id = :user")
			.setParameter("user", this.viewer.userId())
			.getSingleResult();
		assertThat(stored).isEqualTo(CalendarFeed.hashOf(feed.token())).matches("[0-9a-f]{64}");
		assertThat(stored).doesNotContain(feed.token());
	}

	@Test
	void creatingAgainReplacesTheOldAddress() {
		NewCalendarFeed first = this.feeds.create(this.viewer);
		NewCalendarFeed second = this.feeds.create(this.viewer);

		assertThat(second.token()).isNotEqualTo(first.token());
		assertThat(this.feeds.userFor(first.token())).isEmpty();
		assertThat(this.feeds.userFor(second.token())).contains(this.viewer.userId());
		Number count = (Number) this.entityManager
			.createNativeQuery("select count(*) from calendar_feed where user_id = :user")
			.setParameter("user", this.viewer.userId())
			.getSingleResult();
		assertThat(count.longValue()).isEqualTo(1);
	}

	@Test
	void aRevokedFeedOpensNothing() {
		NewCalendarFeed feed = this.feeds.create(this.viewer);

		this.feeds.revoke(this.viewer);

		assertThat(this.feeds.userFor(feed.token())).isEmpty();
		assertThat(this.feeds.status(this.viewer).active()).isFalse();
		assertThat(this.feeds.status(this.viewer).since()).isNull();
	}

	@Test
	void unknownAndEmptyTokensOpenNothing() {
		this.feeds.create(this.viewer);

		assertThat(this.feeds.userFor("not-a-token")).isEmpty();
		assertThat(this.feeds.userFor("")).isEmpty();
		assertThat(this.feeds.userFor(null)).isEmpty();
	}

	@Test
	void aDisabledUsersFeedOpensNothing() {
		NewCalendarFeed feed = this.feeds.create(this.viewer);

		this.organisationAdmin.disableUser(this.viewer.userId(), Actor.system("test"));
		this.entityManager.flush();

		assertThat(this.feeds.userFor(feed.token())).isEmpty();
	}

}
