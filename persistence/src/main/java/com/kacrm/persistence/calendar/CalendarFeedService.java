package com.kacrm.persistence.calendar;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import com.kacrm.domain.calendar.CalendarFeed;
import com.kacrm.domain.organisation.User;
import com.kacrm.persistence.shared.Viewer;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secret calendar feeds (SPEC 7, the agenda on a phone): each user may open one
 * address that a calendar app subscribes to without a password. The address carries 32
 * random bytes; the database keeps only their SHA-256, so the address is shown once, when
 * created. Creating again replaces the old address (it stops working); revoking deletes
 * it. A disabled user's feed answers nothing.
 */
@Service
@Transactional
public class CalendarFeedService {

	private static final int TOKEN_BYTES = 32;

	private final CalendarFeedRepository feeds;

	private final EntityManager entityManager;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	CalendarFeedService(CalendarFeedRepository feeds, EntityManager entityManager, Clock clock) {
		this.feeds = feeds;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/** A new feed for the viewer, replacing (revoking) the one they had. */
	public NewCalendarFeed create(Viewer viewer) {
		this.feeds.deleteOfUser(viewer.userId());
		byte[] secret = new byte[TOKEN_BYTES];
		this.random.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Instant now = this.clock.instant();
		this.feeds.save(new CalendarFeed(this.entityManager.getReference(User.class, viewer.userId()), token, now));
		return new NewCalendarFeed(token, now);
	}

	/** The viewer's feed stops working; nothing happens when they have none. */
	public void revoke(Viewer viewer) {
		this.feeds.deleteOfUser(viewer.userId());
	}

	/** Whether the viewer has a feed, and since when. */
	@Transactional(readOnly = true)
	public CalendarFeedStatus status(Viewer viewer) {
		return this.feeds.findOfUser(viewer.userId())
			.map((feed) -> new CalendarFeedStatus(true, feed.getCreatedAt()))
			.orElseGet(CalendarFeedStatus::none);
	}

	/**
	 * The user whose feed {@code token} opens; empty for an unknown, replaced or revoked
	 * token and for a disabled user.
	 */
	@Transactional(readOnly = true)
	public Optional<Long> userFor(String token) {
		if (token == null || token.isBlank()) {
			return Optional.empty();
		}
		return this.feeds.findEnabledUser(CalendarFeed.hashOf(token));
	}

}
