package com.kacrm.persistence.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;

import javax.sql.DataSource;

import com.kacrm.domain.shared.Actor;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Tells PostgreSQL who acts, on every connection taken from the pool: the session
 * settings {@code crm.actor_id} and {@code crm.actor_name}, which the audit trigger
 * writes into {@code audit_event} (V023). A connection keeps its settings between
 * checkouts, so they are sent only when the actor differs from the one the physical
 * connection last carried: a busy user's requests cost no extra round trip.
 */
public class AuditActorDataSource extends DelegatingDataSource implements AutoCloseable {

	/** The name recorded when no user acts: scheduled jobs, start-up, demo data. */
	public static final String SYSTEM = "system";

	private static final String SET_ACTOR = "select set_config('crm.actor_id', ?, false), "
			+ "set_config('crm.actor_name', ?, false)";

	/**
	 * Physical connection → the actor it carries ("id|name"); weak, as pools retire them.
	 */
	private final Map<Connection, String> carried = Collections.synchronizedMap(new WeakHashMap<>());

	/**
	 * Set while the actor is looked up: finding out who acts may itself need a connection
	 * (the security context is loaded lazily from the session, which lives in
	 * PostgreSQL). That inner connection is handed out untagged; it only reads the
	 * session, which the trail does not record. The actor is looked up before the
	 * connection is taken, so one request never holds two connections for it.
	 */
	private static final ThreadLocal<Boolean> LOOKING_UP = new ThreadLocal<>();

	private final AuditActorSource actors;

	public AuditActorDataSource(DataSource target, AuditActorSource actors) {
		super(target);
		this.actors = actors;
	}

	@Override
	public Connection getConnection() throws SQLException {
		if (LOOKING_UP.get() != null) {
			return super.getConnection();
		}
		Actor actor = currentActor();
		return tagged(super.getConnection(), actor);
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		if (LOOKING_UP.get() != null) {
			return super.getConnection(username, password);
		}
		Actor actor = currentActor();
		return tagged(super.getConnection(username, password), actor);
	}

	private Connection tagged(Connection connection, Actor actor) throws SQLException {
		try {
			String id = (actor != null && actor.userId() != null) ? actor.userId().toString() : "";
			String name = (actor != null) ? actor.name() : SYSTEM;
			String tag = id + "|" + name;
			Connection physical = physical(connection);
			if (!Objects.equals(this.carried.get(physical), tag)) {
				try (PreparedStatement statement = connection.prepareStatement(SET_ACTOR)) {
					statement.setString(1, id);
					statement.setString(2, name);
					statement.execute();
				}
				if (!connection.getAutoCommit()) {
					connection.commit();
				}
				this.carried.put(physical, tag);
			}
			return connection;
		}
		catch (SQLException | RuntimeException ex) {
			connection.close();
			throw ex;
		}
	}

	private Actor currentActor() {
		LOOKING_UP.set(Boolean.TRUE);
		try {
			return this.actors.current().orElse(null);
		}
		finally {
			LOOKING_UP.remove();
		}
	}

	/**
	 * Closes the pool behind it: the container calls this on the bean it holds, which is
	 * this wrapper, at shutdown.
	 */
	@Override
	public void close() throws Exception {
		if (getTargetDataSource() instanceof AutoCloseable pool) {
			pool.close();
		}
	}

	/**
	 * The driver's connection behind the pool's proxy (a new proxy wraps each checkout).
	 */
	private static Connection physical(Connection connection) throws SQLException {
		return connection.unwrap(Connection.class);
	}

}
