package com.kacrm.persistence.idempotency;

import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The keys of requests that must run once (issue 10, double submits): a POST/PUT/PATCH
 * claims its key before it runs, records its answer when it succeeded, and gives the key
 * back when it failed, so a corrected resubmission runs. Each method is its own short
 * transaction, committed before the request itself runs: a second request with the same
 * key waits on the unique key only for the moment of the claim, then sees the first one.
 * Keys are per user and kept {@link #RETENTION_HOURS} hours.
 */
@Service
public class IdempotentRequests {

	/** How long a key is remembered. */
	public static final int RETENTION_HOURS = 24;

	/** The largest body kept for a replay; larger answers are replayed without body. */
	public static final int MAX_BODY_BYTES = 64 * 1024;

	private static final String INSERT = """
			insert into idempotent_request (principal, idem_key, method, path, fingerprint, state)
			values (:principal, :key, :method, :path, :fingerprint, 'IN_FLIGHT')
			on conflict (principal, idem_key) do nothing
			""";

	private static final String SELECT = """
			select fingerprint, state, status, location, content_type, body
			from idempotent_request where principal = :principal and idem_key = :key
			""";

	private final JdbcClient jdbc;

	IdempotentRequests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Claims {@code key} for the request described; the answer says whether the request
	 * may run ({@link Claim.Outcome#FIRST}) or what to answer instead.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Claim claim(String principal, String key, String method, String path, String fingerprint) {
		expire(principal);
		int inserted = this.jdbc.sql(INSERT)
			.param("principal", principal)
			.param("key", key)
			.param("method", method)
			.param("path", truncate(path, 2000))
			.param("fingerprint", fingerprint)
			.update();
		if (inserted == 1) {
			return Claim.first();
		}
		return find(principal, key).map((stored) -> stored.against(fingerprint))
			// Released between the insert and the read: the caller may try again.
			.orElse(Claim.inFlight());
	}

	/** The key's state now, compared with a request of {@code fingerprint}. */
	@Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
	public Optional<Claim> current(String principal, String key, String fingerprint) {
		return find(principal, key).map((stored) -> stored.against(fingerprint));
	}

	/** Records the successful answer of the request that claimed {@code key}. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void complete(String principal, String key, int status, String location, String contentType, byte[] body) {
		byte[] kept = (body != null && body.length > 0 && body.length <= MAX_BODY_BYTES) ? body : null;
		this.jdbc.sql("""
				update idempotent_request
				set state = 'DONE', status = :status, location = :location, content_type = :contentType,
				    body = :body, completed_at = now()
				where principal = :principal and idem_key = :key and state = 'IN_FLIGHT'
				""")
			.param("status", status)
			.param("location", truncate(location, 2000))
			.param("contentType", truncate(contentType, 200))
			.param("body", kept)
			.param("principal", principal)
			.param("key", key)
			.update();
	}

	/** Gives back a key whose request failed, so the same key may run again. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void release(String principal, String key) {
		this.jdbc
			.sql("delete from idempotent_request where principal = :principal and idem_key = :key"
					+ " and state = 'IN_FLIGHT'")
			.param("principal", principal)
			.param("key", key)
			.update();
	}

	/**
	 * Forgets old keys cheaply: the user's own on every claim (an index range),
	 * everyone's on about one claim in 200 (the created_at index).
	 */
	private void expire(String principal) {
		String older = "created_at < now() - make_interval(hours => " + RETENTION_HOURS + ")";
		this.jdbc.sql("delete from idempotent_request where principal = :principal and " + older)
			.param("principal", principal)
			.update();
		if (ThreadLocalRandom.current().nextInt(200) == 0) {
			this.jdbc.sql("delete from idempotent_request where " + older).update();
		}
	}

	private Optional<Stored> find(String principal, String key) {
		return this.jdbc.sql(SELECT)
			.param("principal", principal)
			.param("key", key)
			.query((rs, n) -> new Stored(rs.getString("fingerprint"), rs.getString("state"),
					(Integer) rs.getObject("status"), rs.getString("location"), rs.getString("content_type"),
					rs.getBytes("body")))
			.optional();
	}

	private static String truncate(String value, int max) {
		return (value != null && value.length() > max) ? value.substring(0, max) : value;
	}

	private record Stored(String fingerprint, String state, Integer status, String location, String contentType,
			byte[] body) {

		Claim against(String requestFingerprint) {
			if (!this.fingerprint.equals(requestFingerprint)) {
				return Claim.mismatch();
			}
			if ("IN_FLIGHT".equals(this.state)) {
				return Claim.inFlight();
			}
			return Claim.replay(new StoredAnswer(this.status, this.location, this.contentType,
					(this.body != null) ? Arrays.copyOf(this.body, this.body.length) : null));
		}

	}

}
