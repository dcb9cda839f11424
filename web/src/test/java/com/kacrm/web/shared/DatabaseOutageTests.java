package com.kacrm.web.shared;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseOutageTests {

	@Test
	void aPoolTimeoutWrappedInTheTransactionManagersExceptionIsAnOutage() {
		assertThat(DatabaseOutage.isCause(new CannotCreateTransactionException("no connection",
				new SQLTransientConnectionException("HikariPool-1 - Connection is not available"))))
			.isTrue();
	}

	@Test
	void connectionSqlStatesAnywhereInTheChainAreAnOutage() {
		for (String state : new String[] { "08001", "08006", "57P01", "57P02", "57P03" }) {
			SQLException driver = new SQLException("server gone", state);
			assertThat(DatabaseOutage.isCause(new JpaSystemException(new RuntimeException("flush", driver)))).as(state)
				.isTrue();
			assertThat(DatabaseOutage.isCause(new TransactionSystemException("commit", driver))).as(state).isTrue();
		}
	}

	@Test
	void otherDatabaseErrorsAreNot() {
		assertThat(DatabaseOutage
			.isCause(new DataIntegrityViolationException("duplicate", new SQLException("duplicate key", "23505"))))
			.isFalse();
		assertThat(DatabaseOutage
			.isCause(new InvalidDataAccessResourceUsageException("syntax", new SQLException("syntax error", "42601"))))
			.isFalse();
		assertThat(DatabaseOutage.isCause(new IllegalStateException("bug"))).isFalse();
		assertThat(DatabaseOutage.isCause(null)).isFalse();
	}

	@Test
	void aCauseCycleEnds() {
		RuntimeException first = new RuntimeException("first");
		RuntimeException second = new RuntimeException("second", first);
		first.initCause(second);
		assertThat(DatabaseOutage.isCause(first)).isFalse();
	}

	@Test
	void theErrorPageKnowsAnOutageAndAnswers503WithRetryAfter() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setAttribute(RequestDispatcher.ERROR_EXCEPTION,
				new IllegalStateException(new SQLException("connection refused", "08001")));
		assertThat(DatabaseOutage.isErrorDispatchFor(request)).isTrue();
		MockHttpServletResponse response = new MockHttpServletResponse();
		DatabaseOutage.prepare(response);
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo(String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
		assertThat(DatabaseOutage.problem().getStatus()).isEqualTo(503);
	}

}
