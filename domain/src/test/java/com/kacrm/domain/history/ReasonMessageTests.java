package com.kacrm.domain.history;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReasonMessageTests {

	@Test
	void aReasonMessageSurvivesItsStoredForm() {
		ReasonMessage message = ReasonMessage.of("pool.history.noContact", 30);
		assertThat(ReasonMessage.decode(message.encode())).contains(message);
		assertThat(ReasonMessage.decode(ReasonMessage.of("pool.history.claimed").encode()))
			.contains(ReasonMessage.of("pool.history.claimed"));
	}

	@Test
	void otherReasonCodesAreNoMessages() {
		assertThat(ReasonMessage.decode(null)).isEmpty();
		assertThat(ReasonMessage.decode("A|INDUSTRY_RANK|8|50|true")).isEmpty();
	}

}
