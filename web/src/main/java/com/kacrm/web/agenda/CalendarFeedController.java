package com.kacrm.web.agenda;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import com.kacrm.persistence.calendar.CalendarFeedService;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The secret calendar feed a phone calendar subscribes to: no session and no password,
 * the token in the address is the key. An unknown, replaced or revoked token answers a
 * bare 404. Caches may keep the feed five minutes, proxies not at all.
 */
@Controller
class CalendarFeedController {

	/**
	 * The feed is in Chinese, the CRM's first language: calendar apps send no preference.
	 */
	private static final Locale FEED_LOCALE = Locale.SIMPLIFIED_CHINESE;

	private final CalendarFeedService feeds;

	private final AgendaFeed feed;

	private final CrmBaseUrl baseUrl;

	CalendarFeedController(CalendarFeedService feeds, AgendaFeed feed, CrmBaseUrl baseUrl) {
		this.feeds = feeds;
		this.feed = feed;
		this.baseUrl = baseUrl;
	}

	@GetMapping("/calendar/{token}.ics")
	ResponseEntity<String> feed(@PathVariable String token, HttpServletRequest request) {
		Optional<Long> user = this.feeds.userFor(token);
		if (user.isEmpty()) {
			return ResponseEntity.notFound().build();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(ICalendar.CONTENT_TYPE))
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePrivate())
			.body(this.feed.of(user.get(), FEED_LOCALE, this.baseUrl.of(request)));
	}

}
