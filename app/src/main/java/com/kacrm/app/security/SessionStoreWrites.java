package com.kacrm.app.security;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Spring Session JDBC writes a session's row at the end of every request, because every
 * request moves the session's last access time: one UPDATE, and one WAL flush on its
 * commit, per page view, for a value that only decides when the 8-hour idle timeout ends.
 * The update statement below still writes at once whatever else changed (the id after
 * login, the principal, the timeout), but the access time only when it has moved on by
 * {@link #TOUCH_INTERVAL}; otherwise it matches no row and writes nothing. A session
 * therefore ends at most that much before its idle timeout (docs/performance.md).
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreWrites {

	/** How far the stored last access time may lag behind the real one. */
	static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

	/**
	 * Spring Session's update with its parameters in its order (id, last access, timeout,
	 * expiry, principal, primary key), written only when something but a recent touch
	 * changed.
	 */
	static final String UPDATE_SESSION_QUERY = """
			UPDATE %TABLE_NAME% S
			SET SESSION_ID = V.SESSION_ID, LAST_ACCESS_TIME = V.LAST_ACCESS_TIME,
			    MAX_INACTIVE_INTERVAL = V.MAX_INACTIVE_INTERVAL, EXPIRY_TIME = V.EXPIRY_TIME,
			    PRINCIPAL_NAME = V.PRINCIPAL_NAME
			FROM (VALUES (CAST(? AS VARCHAR), CAST(? AS BIGINT), CAST(? AS INTEGER), CAST(? AS BIGINT),
			              CAST(? AS VARCHAR), CAST(? AS VARCHAR)))
			     AS V (SESSION_ID, LAST_ACCESS_TIME, MAX_INACTIVE_INTERVAL, EXPIRY_TIME, PRINCIPAL_NAME, PRIMARY_ID)
			WHERE S.PRIMARY_ID = V.PRIMARY_ID
			AND (S.SESSION_ID <> V.SESSION_ID
			     OR S.MAX_INACTIVE_INTERVAL <> V.MAX_INACTIVE_INTERVAL
			     OR S.PRINCIPAL_NAME IS DISTINCT FROM V.PRINCIPAL_NAME
			     OR V.LAST_ACCESS_TIME - S.LAST_ACCESS_TIME >= {interval})
			""".replace("{interval}", Long.toString(TOUCH_INTERVAL.toMillis()));

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTouchInterval() {
		return (repository) -> repository.setUpdateSessionQuery(UPDATE_SESSION_QUERY);
	}

	/**
	 * Two requests of one session that both add the same attribute (two saves in two
	 * tabs, each leaving a flash message) would insert the same attribute row twice, and
	 * the second would fail with a duplicate key; PostgreSQL's upsert lets the later one
	 * win instead (spring-session issues 1213, 2564).
	 */
	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributeUpsert() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

}
