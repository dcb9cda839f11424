package com.kacrm.app.database;

import javax.sql.DataSource;

import com.kacrm.app.test.CrmIntegrationTest;
import com.kacrm.persistence.test.TestDatabase;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With SPRING_DATASOURCE_URL set (as the test harness does) the configured database is
 * used, nothing embedded.
 */
@CrmIntegrationTest
class DatabaseSelectionIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	DataSource dataSource;

	@Test
	void aConfiguredDatabaseIsUsedAndNoEmbeddedServerStarts() throws Exception {
		assertThat(this.context.getBeansOfType(EmbeddedPostgresServer.class)).isEmpty();
		assertThat(this.dataSource.unwrap(HikariDataSource.class).getJdbcUrl())
			.isEqualTo(TestDatabase.connection().jdbcUrl());
	}

}
