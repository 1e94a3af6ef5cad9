package dev.delist.database;

import java.util.List;

import dev.delist.support.Cli;
import dev.delist.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Flyway applies migrations in version order only (out-of-order off), so a migration numbered below one a
 * released database already has would stop every command on it. A database as the last release left it
 * (V15, jurisdiction) must upgrade to the current schema on the next start.
 */
class MigrationUpgradeTests {

	@Test
	void shouldUpgradeADatabaseOfTheLastReleaseOnTheNextStart() {
		String database = TestDatabase.emptyDatabase();
		Flyway.configure()
			.dataSource(database, "postgres", "")
			.locations("filesystem:sql")
			.javaMigrations(new V1__SpringBatchJobRepository())
			.target("15")
			.load()
			.migrate();

		Cli.Result status = new Cli("--spring.datasource.url=" + database).run("status");

		assertThat(status.exitCode()).as(status.toString()).isZero();
		List<String> applied = JdbcClient.create(new SimpleDriverDataSource(new org.postgresql.Driver(), database))
			.sql("SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL")
			.query(String.class)
			.list();
		assertThat(applied).contains("15", "16", "18", "19");
	}

}
