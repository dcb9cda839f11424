package com.kacrm.app.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.attribute.PosixFilePermission;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The embedded PostgreSQL the run command uses: it starts as root, keeps its data across
 * restarts and leaves processes that are not PostgreSQL alone when it finds a stale PID
 * file.
 */
class EmbeddedPostgresServerIntegrationTests {

	@TempDir
	Path dataDir;

	@Test
	void dataSurvivesARestart() throws Exception {
		try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(this.dataDir, 0, "crm_restart")) {
			execute(first, "create table kept (note text)", "insert into kept values ('客户档案')");
		}
		try (EmbeddedPostgresServer second = EmbeddedPostgresServer.start(this.dataDir, 0, "crm_restart")) {
			assertThat(queryOne(second, "select note from kept")).isEqualTo("客户档案");
			assertThat(queryOne(second, "show fsync")).isEqualTo("on");
			assertThat(queryOne(second, "show synchronous_commit")).isEqualTo("on");
		}
	}

	@Test
	void connectionsWithoutThePasswordAreRefused() throws Exception {
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(this.dataDir, 0, "crm_locked")) {
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "").close())
				.withMessageContaining("password");
			assertThat(queryOne(server, "select current_user")).isEqualTo("postgres");
			assertThat(Files
				.getPosixFilePermissions(this.dataDir.resolveSibling(this.dataDir.getFileName() + ".password")))
				.containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
		}
	}

	@Test
	void aStalePidFileOfAnotherProcessIsLeftAlone() throws IOException, InterruptedException {
		Process sleeper = new ProcessBuilder("sleep", "30").start();
		try {
			Files.writeString(this.dataDir.resolve("postmaster.pid"), sleeper.pid() + "\n/some/dir\n");
			EmbeddedPostgresServer.stopOrphanedServer(this.dataDir);
			assertThat(sleeper.isAlive()).isTrue();
		}
		finally {
			sleeper.destroy();
			sleeper.waitFor();
		}
	}

	private static void execute(EmbeddedPostgresServer server, String... statements) throws SQLException {
		try (Connection connection = connect(server); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	private static String queryOne(EmbeddedPostgresServer server, String sql) throws SQLException {
		try (Connection connection = connect(server);
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getString(1);
		}
	}

	private static Connection connect(EmbeddedPostgresServer server) throws SQLException {
		return DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
	}

}
