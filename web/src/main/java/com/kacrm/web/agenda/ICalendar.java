package com.kacrm.web.agenda;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes an iCalendar document (RFC 5545) of published events: text values escaped,
 * content lines folded at 75 octets without splitting a UTF-8 character, CRLF line ends,
 * times in UTC. Knows nothing of the CRM: {@link AgendaFeed} turns planned visits into
 * {@link Event}s.
 */
public final class ICalendar {

	/** The media type of an iCalendar document. */
	public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8";

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private static final int MAX_OCTETS = 75;

	private static final String CRLF = "\r\n";

	/** Events without an end last this long. */
	static final Duration DEFAULT_LENGTH = Duration.ofHours(1);

	private final String name;

	private final List<Event> events = new ArrayList<>();

	/** A calendar shown by calendar apps as {@code name}. */
	public ICalendar(String name) {
		this.name = name;
	}

	public ICalendar add(Event event) {
		this.events.add(event);
		return this;
	}

	/** The document, every event stamped {@code now}. */
	public String write(Instant now) {
		StringBuilder out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//kacrm//Key Account CRM//ZH");
		line(out, "CALSCALE:GREGORIAN");
		line(out, "METHOD:PUBLISH");
		line(out, "X-WR-CALNAME:" + escape(this.name));
		for (Event event : this.events) {
			line(out, "BEGIN:VEVENT");
			line(out, "UID:" + event.uid());
			line(out, "DTSTAMP:" + UTC.format(now));
			line(out, "DTSTART:" + UTC.format(event.start()));
			Instant end = (event.end() != null && event.end().isAfter(event.start())) ? event.end()
					: event.start().plus(DEFAULT_LENGTH);
			line(out, "DTEND:" + UTC.format(end));
			line(out, "SUMMARY:" + escape(event.summary()));
			if (event.location() != null && !event.location().isBlank()) {
				line(out, "LOCATION:" + escape(event.location()));
			}
			if (event.description() != null && !event.description().isBlank()) {
				line(out, "DESCRIPTION:" + escape(event.description()));
			}
			if (event.url() != null) {
				line(out, "URL:" + event.url());
			}
			line(out, "STATUS:CONFIRMED");
			line(out, "END:VEVENT");
		}
		line(out, "END:VCALENDAR");
		return out.toString();
	}

	/**
	 * A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, line breaks
	 * written as {@code \n}.
	 */
	static String escape(String text) {
		if (text == null) {
			return "";
		}
		return text.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\r", "\\n")
			.replace("\n", "\\n");
	}

	/**
	 * Appends a content line folded (RFC 5545 3.1): at most 75 octets per physical line,
	 * continuation lines starting with a space, never inside a UTF-8 character.
	 */
	static void line(StringBuilder out, String content) {
		int octets = 0;
		int limit = MAX_OCTETS;
		int i = 0;
		while (i < content.length()) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				out.append(CRLF).append(' ');
				octets = 0;
				// the leading space counts
				limit = MAX_OCTETS - 1;
			}
			out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		out.append(CRLF);
	}

	/**
	 * One event.
	 *
	 * @param end null for {@link #DEFAULT_LENGTH} after the start
	 * @param location null for none
	 * @param description null for none
	 * @param url an absolute address of the event's page, or null
	 */
	public record Event(String uid, Instant start, Instant end, String summary, String location, String description,
			String url) {

	}

}
