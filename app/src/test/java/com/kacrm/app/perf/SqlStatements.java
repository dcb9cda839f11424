package com.kacrm.app.perf;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements the current thread sends to PostgreSQL while a
 * {@link #count(Action) count} runs, whoever sends them: Hibernate, JdbcClient and
 * JdbcTemplate (which Hibernate's statistics do not see), Spring Session's JDBC store and
 * the audit trail's actor tag. A MockMvc request runs on the test's thread, so a count
 * around {@code mvc.perform(...)} is the request's statements.
 * <p>
 * It is a component of the test class path, found by the application's component scan in
 * every application context of the app module's tests, so it does not change the one
 * context the integration tests share. It wraps the pool before the audit trail's
 * {@code AuditActorDataSource} does (it is {@link Ordered}; that post-processor is not),
 * so the actor tag's {@code set_config} round trip is counted too. Outside a count it
 * costs one thread-local read per statement.
 */
@Component
public class SqlStatements implements BeanPostProcessor, Ordered {

	private static final ThreadLocal<Tally> CURRENT = new ThreadLocal<>();

	/** Runs {@code action} and answers the statements this thread sent meanwhile. */
	public static Tally count(Action action) throws Exception {
		Tally outer = CURRENT.get();
		Tally tally = new Tally();
		CURRENT.set(tally);
		try {
			action.run();
		}
		finally {
			if (outer != null) {
				CURRENT.set(outer);
			}
			else {
				CURRENT.remove();
			}
		}
		return tally;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(bean instanceof Counting)) {
			return new Counting(dataSource);
		}
		return bean;
	}

	/** What a count runs. */
	@FunctionalInterface
	public interface Action {

		void run() throws Exception;

	}

	/**
	 * The statements of one count: prepared or created on a connection, by kind. A batch
	 * of executions of one prepared statement counts once (one round trip of the batch).
	 */
	public static final class Tally {

		private int application;

		private int session;

		private int actor;

		private final List<String> texts = new ArrayList<>();

		/** Statements of the application: its queries and changes. */
		public int application() {
			return this.application;
		}

		/** Statements of Spring Session's JDBC store (reading and saving the session). */
		public int session() {
			return this.session;
		}

		/**
		 * The audit trail's {@code set_config} of the acting user: sent only when the
		 * pooled connection last carried another user, so it varies between runs.
		 */
		public int actor() {
			return this.actor;
		}

		/** All of them. */
		public int total() {
			return this.application + this.session + this.actor;
		}

		/** The text of each statement, in order ({@code null} for a plain statement). */
		public List<String> texts() {
			return this.texts;
		}

		void add(String sql) {
			this.texts.add(sql);
			String lower = (sql != null) ? sql.toLowerCase(Locale.ROOT) : "";
			if (lower.contains("spring_session")) {
				this.session++;
			}
			else if (lower.contains("set_config('crm.actor_id'")) {
				this.actor++;
			}
			else {
				this.application++;
			}
		}

		@Override
		public String toString() {
			return "statements=" + this.application + " session=" + this.session + " actor=" + this.actor;
		}

	}

	/** The pool behind a counting wrapper; unwrap still reaches the pool. */
	static final class Counting extends DelegatingDataSource {

		Counting(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return counted(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return counted(super.getConnection(username, password));
		}

		private static Connection counted(Connection connection) {
			return (Connection) Proxy.newProxyInstance(SqlStatements.class.getClassLoader(),
					new Class<?>[] { Connection.class }, new CountingHandler(connection));
		}

	}

	private record CountingHandler(Connection target) implements InvocationHandler {

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			String name = method.getName();
			if (name.equals("equals")) {
				return proxy == args[0];
			}
			if (name.equals("hashCode")) {
				return System.identityHashCode(proxy);
			}
			Tally tally = CURRENT.get();
			if (tally != null && (name.equals("prepareStatement") || name.equals("prepareCall")
					|| name.equals("createStatement"))) {
				tally.add((args != null && args.length > 0 && args[0] instanceof String sql) ? sql : null);
			}
			try {
				return method.invoke(this.target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getTargetException();
			}
		}

	}

}
