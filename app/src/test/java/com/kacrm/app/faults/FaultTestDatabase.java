package com.kacrm.app.faults;

import com.kacrm.app.CrmApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One {@link ScratchPostgres} for the fault and backup tests of a test run, migrated by
 * Flyway and filled with the demo data once (an application context started and closed
 * again), stopped when the JVM exits. The tests may stop and start it, add rows and kill
 * apps on it; each leaves it running with its schema intact.
 */
final class FaultTestDatabase {

	static final String DATABASE = "crm";

	private static ScratchPostgres server;

	private FaultTestDatabase() {
	}

	static synchronized ScratchPostgres prepared() throws Exception {
		if (server == null) {
			ScratchPostgres started = ScratchPostgres.start("faults");
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					started.close();
				}
				catch (Exception ex) {
					// the JVM is going; nothing left to tell
				}
			}));
			started.createDatabase(DATABASE);
			try (ConfigurableApplicationContext app = application(started, true)) {
				// migrated and filled
			}
			server = started;
		}
		return server;
	}

	/**
	 * Starts an app node on the database: a free port, the demo data loaded or not. Given
	 * as command-line arguments, which outrank application.yml (the builder's properties
	 * would not: {@code server.port} there would win).
	 */
	static ConfigurableApplicationContext application(ScratchPostgres postgres, boolean demo) {
		return new SpringApplicationBuilder(CrmApplication.class).run(
				"--spring.datasource.url=" + postgres.jdbcUrl(DATABASE),
				"--spring.datasource.username=" + ScratchPostgres.SUPERUSER,
				"--spring.datasource.password=" + postgres.password(), "--server.port=0", "--crm.demo.enabled=" + demo,
				"--spring.main.banner-mode=off");
	}

}
