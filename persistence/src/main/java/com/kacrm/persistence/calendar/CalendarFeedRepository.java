package com.kacrm.persistence.calendar;

import java.util.Optional;

import com.kacrm.domain.calendar.CalendarFeed;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CalendarFeedRepository extends JpaRepository<CalendarFeed, Long> {

	@Query("select f from CalendarFeed f where f.user.id = :userId")
	Optional<CalendarFeed> findOfUser(Long userId);

	/** The user of the feed with this hash, when that user may still sign in. */
	@Query("select u.id from CalendarFeed f join f.user u where f.tokenHash = :tokenHash and u.enabled = true")
	Optional<Long> findEnabledUser(String tokenHash);

	/**
	 * Deletes the user's feed at once (not at flush), so that a new one can be inserted
	 * in the same transaction without breaking the one-feed-per-user constraint.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from CalendarFeed f where f.user.id = :userId")
	int deleteOfUser(Long userId);

}
