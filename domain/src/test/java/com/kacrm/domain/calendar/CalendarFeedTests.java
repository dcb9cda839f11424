package com.kacrm.domain.calendar;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarFeedTests {

	@Test
	void theHashIsTheLowercaseHexSha256OfTheToken() {
		assertThat(CalendarFeed.hashOf("abc"))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

}
