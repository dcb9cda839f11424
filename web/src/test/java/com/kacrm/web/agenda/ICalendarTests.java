package com.kacrm.web.agenda;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ICalendarTests {

	@Test
	void textValuesEscapeBackslashSemicolonCommaAndLineBreaks() {
		assertThat(ICalendar.escape("a\\b;c,d\ne\r\nf")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf");
	}

	@Test
	void longLinesAreFoldedAt75OctetsNeverInsideAChineseCharacter() {
		StringBuilder out = new StringBuilder();
		String value = "SUMMARY:" + "销售拜访深圳华鹏汽车配件有限公司".repeat(5);

		ICalendar.line(out, value);

		String[] lines = out.toString().split("\r\n");
		assertThat(lines.length).isGreaterThan(1);
		for (int i = 0; i < lines.length; i++) {
			assertThat(lines[i].getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
			if (i > 0) {
				assertThat(lines[i]).startsWith(" ");
			}
		}
		StringBuilder unfolded = new StringBuilder(lines[0]);
		for (int i = 1; i < lines.length; i++) {
			unfolded.append(lines[i].substring(1));
		}
		assertThat(unfolded.toString()).isEqualTo(value);
		assertThat(out.toString()).endsWith("\r\n");
	}

	@Test
	void aShortLineStaysWhole() {
		StringBuilder out = new StringBuilder();
		ICalendar.line(out, "VERSION:2.0");
		assertThat(out.toString()).isEqualTo("VERSION:2.0\r\n");
	}

	@Test
	void eventsAreInUtcAndLastAnHourWithoutAnEnd() {
		Instant start = Instant.parse("2026-12-01T02:30:00Z");
		String text = new ICalendar("日程")
			.add(new ICalendar.Event("activity-7@kacrm", start, null, "销售拜访 · 客户", "会议室, 三楼", null, null))
			.write(Instant.parse("2026-11-23T00:00:00Z"));

		assertThat(text).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
			.contains("UID:activity-7@kacrm\r\n", "DTSTART:20261201T023000Z\r\n", "DTEND:20261201T033000Z\r\n",
					"DTSTAMP:20261123T000000Z\r\n", "LOCATION:会议室\\, 三楼\r\n", "STATUS:CONFIRMED\r\n",
					"METHOD:PUBLISH\r\n", "CALSCALE:GREGORIAN\r\n", "X-WR-CALNAME:日程\r\n")
			.doesNotContain("DESCRIPTION", "URL:")
			.endsWith("END:VCALENDAR\r\n");
	}

}
