package com.kacrm.app.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded PostgreSQL used when no {@code spring.datasource.url} is configured.
 *
 * @param dataDir where the database files live; kept across restarts
 * @param port the port to listen on (localhost only); 0 picks a free one at each start
 * @param database the database the application uses
 */
@ConfigurationProperties("crm.embedded-db")
public record EmbeddedDatabaseProperties(Path dataDir, int port, String database) {

	public EmbeddedDatabaseProperties {
		dataDir = (dataDir != null) ? dataDir : Path.of("data", "postgres");
		database = (database != null && !database.isBlank()) ? database : "crm";
	}

}
