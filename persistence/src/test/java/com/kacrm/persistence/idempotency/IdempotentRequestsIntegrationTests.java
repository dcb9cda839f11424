package com.kacrm.persistence.idempotency;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.kacrm.persistence.test.PersistenceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keys of requests that must run once: the first claim runs, a repeat replays the stored
 * answer, a repeat during the first is told to wait, another request with the key is a
 * mismatch, a released key runs again, keys are per user and forgotten after 24 hours.
 * Each method commits on its own, so the test runs without a surrounding transaction.
 */
@PersistenceTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class IdempotentRequestsIntegrationTests {

	@Autowired
	IdempotentRequests requests;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRepeatAfterTheAnswerReplaysItAndAnotherRequestWithTheKeyIsAMismatch() {
		String key = UUID.randomUUID().toString();
		assertThat(this.requests.claim("rep.zhang", key, "POST", "/api/v1/accounts", "f1").outcome())
			.isEqualTo(Claim.Outcome.FIRST);
		assertThat(this.requests.claim("rep.zhang", key, "POST", "/api/v1/accounts", "f1").outcome())
			.isEqualTo(Claim.Outcome.IN_FLIGHT);
		this.requests.complete("rep.zhang", key, 201, "/api/v1/accounts/7", "application/json",
				"{\"id\":7}".getBytes(StandardCharsets.UTF_8));
		Claim replay = this.requests.claim("rep.zhang", key, "POST", "/api/v1/accounts", "f1");
		assertThat(replay.outcome()).isEqualTo(Claim.Outcome.REPLAY);
		assertThat(replay.answer().status()).isEqualTo(201);
		assertThat(replay.answer().location()).isEqualTo("/api/v1/accounts/7");
		assertThat(new String(replay.answer().body(), StandardCharsets.UTF_8)).isEqualTo("{\"id\":7}");
		assertThat(this.requests.claim("rep.zhang", key, "POST", "/api/v1/accounts", "f2").outcome())
			.isEqualTo(Claim.Outcome.MISMATCH);
	}

	@Test
	void aReleasedKeyRunsAgainAndKeysArePerUser() {
		String key = UUID.randomUUID().toString();
		assertThat(this.requests.claim("rep.zhang", key, "POST", "/leads", "f").outcome())
			.isEqualTo(Claim.Outcome.FIRST);
		assertThat(this.requests.claim("rep.li", key, "POST", "/leads", "f").outcome()).isEqualTo(Claim.Outcome.FIRST);
		this.requests.release("rep.zhang", key);
		assertThat(this.requests.current("rep.zhang", key, "f")).isEmpty();
		assertThat(this.requests.claim("rep.zhang", key, "POST", "/leads", "f").outcome())
			.isEqualTo(Claim.Outcome.FIRST);
	}

	@Test
	void aBodyLargerThan64KiBIsNotKeptButTheAnswerIs() {
		String key = UUID.randomUUID().toString();
		this.requests.claim("rep.zhang", key, "POST", "/api/v1/leads", "f");
		this.requests.complete("rep.zhang", key, 201, "/api/v1/leads/1", "application/json",
				new byte[IdempotentRequests.MAX_BODY_BYTES + 1]);
		Claim replay = this.requests.claim("rep.zhang", key, "POST", "/api/v1/leads", "f");
		assertThat(replay.answer().status()).isEqualTo(201);
		assertThat(replay.answer().body()).isNull();
	}

	@Test
	void keysOlderThan24HoursAreForgotten() {
		String key = UUID.randomUUID().toString();
		this.requests.claim("rep.wang", key, "POST", "/accounts", "f");
		this.requests.complete("rep.wang", key, 302, "/accounts/1", null, null);
		this.jdbc.sql("update idempotent_request set created_at = now() - interval '25 hours' where idem_key = :key")
			.param("key", key)
			.update();
		assertThat(this.requests.claim("rep.wang", key, "POST", "/accounts", "f").outcome())
			.isEqualTo(Claim.Outcome.FIRST);
	}

}
