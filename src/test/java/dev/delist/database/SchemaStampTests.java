package dev.delist.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import dev.delist.support.Cli;
import dev.delist.support.TestDatabase;
import dev.delist.support.TestJobs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A start skips Flyway when the database holds the fingerprint of exactly this build's migrations, and checks
 * and migrates as before when it does not. A failed migration row, which Flyway refuses to start with, tells
 * which of the two happened.
 */
class SchemaStampTests {

	@TempDir
	Path dir;

	@Test
	void shouldMigrateOnceThenSkipFlywayUntilTheMigrationsDiffer() throws Exception {
		String url = TestDatabase.emptyDatabase();
		Cli cli = new Cli("--spring.datasource.url=" + url, "--delist.jobs.dir=" + TestJobs.copyTo(this.dir),
				"--delist.report.dir=" + this.dir.resolve("reports"));

		// a first start migrates the empty database and records what it migrated to
		Cli.Result first = cli.run("status");
		assertThat(first.exitCode()).as(first.toString()).isZero();
		assertThat(query(url, "SELECT count(*) FROM flyway_schema_history WHERE success")).isNotEqualTo("0");
		assertThat(query(url, "SELECT obj_description('flyway_schema_history'::regclass, 'pg_class')"))
			.startsWith("delist migrations sha256:");

		// then: a history Flyway would refuse, which only a start that runs Flyway can notice
		execute(url, "UPDATE flyway_schema_history SET success = false WHERE version = '15'");
		Cli.Result skipped = cli.run("status");
		assertThat(skipped.exitCode()).as("Flyway skipped: " + skipped).isZero();

		// a database migrated by another build carries another fingerprint: Flyway checks again
		execute(url, "COMMENT ON TABLE flyway_schema_history IS 'delist migrations sha256:another build'");
		Cli.Result checked = cli.run("status");
		assertThat(checked.exitCode()).as(checked.toString()).isNotZero();
		assertThat(checked.err()).contains("Migrations have failed validation");
	}

	@Test
	void shouldSkipFlywayOnACopyOfTheTestsTemplate() throws Exception {
		// the template was migrated from sql/ on disk, delist reads the same files from its classpath
		String url = TestDatabase.newDatabase();
		execute(url, "UPDATE flyway_schema_history SET success = false WHERE version = '15'");

		Cli.Result result = new Cli("--spring.datasource.url=" + url, "--delist.jobs.dir=" + TestJobs.copyTo(this.dir))
			.run("status");

		assertThat(result.exitCode()).as("Flyway skipped: " + result).isZero();
	}

	private static String query(String url, String sql) throws Exception {
		try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getString(1);
		}
	}

	private static void execute(String url, String sql) throws Exception {
		try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
