package com.kacrm.app.database;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded PostgreSQL when no database is configured
 * ({@code SPRING_DATASOURCE_URL} unset), and points the application's connection pool at
 * it. With a configured database none of this exists and Spring Boot's own datasource
 * takes over.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatabaseConfigured.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgresServer embeddedPostgresServer(EmbeddedDatabaseProperties properties, Environment environment) {
		if (environment.containsProperty("spring.datasource.username")
				|| environment.containsProperty("spring.datasource.password")) {
			log.warn("SPRING_DATASOURCE_USERNAME/PASSWORD are set but SPRING_DATASOURCE_URL is not: "
					+ "ignoring them and starting the embedded PostgreSQL");
		}
		return EmbeddedPostgresServer.start(properties.dataDir(), properties.port(), properties.database());
	}

	/**
	 * The pool, tuned by the usual {@code spring.datasource.hikari.*} properties; closed
	 * before the server stops, since it depends on it.
	 */
	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgresServer server) {
		HikariDataSource dataSource = DataSourceBuilder.create()
			.type(HikariDataSource.class)
			.url(server.jdbcUrl())
			.username(server.username())
			.password(server.password())
			.build();
		dataSource.setPoolName("crm-embedded");
		return dataSource;
	}

}
