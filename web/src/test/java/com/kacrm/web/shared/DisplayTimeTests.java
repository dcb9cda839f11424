package com.kacrm.web.shared;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DisplayTimeTests {

	@Test
	void timesAreShownInTheCompanysZoneNotTheServers() {
		DisplayTime time = new DisplayTime(ZoneId.of("Asia/Shanghai"));
		assertThat(time.format(Instant.parse("2026-11-23T01:16:00Z"))).isEqualTo("2026-11-23 09:16");
		assertThat(time.format(Instant.parse("2026-11-22T20:05:00Z"))).isEqualTo("2026-11-23 04:05");
	}

	@Test
	void noTimeShowsNothing() {
		assertThat(new DisplayTime(ZoneId.of("Asia/Shanghai")).format(null)).isEmpty();
	}

}
