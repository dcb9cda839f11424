package com.kacrm.app.generator;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The data generator as a command (docs/performance.md, "Data generator"): with
 * {@code crm.generator.preset} set ({@code full}, {@code ci} or a scale such as
 * {@code 0.1}) the application, once Flyway has migrated the database, generates the
 * dataset into it, logs rows and seconds per table and exits instead of serving. Runs
 * after the other start-up runners (e.g. the demo data), on one connection of the pool.
 * All generated users get the password {@code demo1234}, hashed once with the
 * application's encoder.
 */
@Component
@ConditionalOnProperty("crm.generator.preset")
@Order(Ordered.LOWEST_PRECEDENCE)
class DataGeneratorRunner implements ApplicationRunner {

	static final String PASSWORD = "demo1234";

	private static final Logger log = LoggerFactory.getLogger(DataGeneratorRunner.class);

	private final DataSource dataSource;

	private final PasswordEncoder passwordEncoder;

	private final ConfigurableApplicationContext context;

	private final String preset;

	DataGeneratorRunner(DataSource dataSource, PasswordEncoder passwordEncoder, ConfigurableApplicationContext context,
			org.springframework.core.env.Environment environment) {
		this.dataSource = dataSource;
		this.passwordEncoder = passwordEncoder;
		this.context = context;
		this.preset = environment.getProperty("crm.generator.preset");
	}

	@Override
	public void run(ApplicationArguments args) {
		int status = 0;
		try {
			GeneratorPreset volumes = GeneratorPreset.of(this.preset);
			log.info("Generating preset {}: {}", volumes.name(), volumes);
			try (Connection connection = this.dataSource.getConnection()) {
				DataGenerator.Report report = new DataGenerator(volumes, this.passwordEncoder.encode(PASSWORD))
					.generate(connection);
				for (DataGenerator.TableLoad load : report.tables()) {
					log.info("  {} rows={} seconds={}", load.table(), load.rows(),
							Math.round(load.seconds() * 10) / 10.0);
				}
				log.info("Data generator done: {} s in total, database size {}",
						Math.round(report.seconds() * 10) / 10.0, report.databaseSize());
			}
		}
		catch (SQLException | RuntimeException ex) {
			log.error("Data generator failed", ex);
			status = 1;
		}
		int code = status;
		System.exit(SpringApplication.exit(this.context, () -> code));
	}

}
