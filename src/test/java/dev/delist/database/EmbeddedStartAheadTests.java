package dev.delist.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded server started while Spring starts is the one the context takes, or, when the context fails
 * before taking it, is stopped again; with an external database nothing starts.
 */
class EmbeddedStartAheadTests {

	@TempDir
	Path dir;

	@Test
	void shouldHandTheServerStartedAheadToTheContext() throws Exception {
		Path data = this.dir.resolve("pg");
		EmbeddedStartAhead.begin(null, data);

		try (EmbeddedPostgres postgres = EmbeddedStartAhead.take(data.resolve("..").resolve("pg"));
				Connection connection = postgres.getPostgresDatabase().getConnection();
				ResultSet result = connection.createStatement().executeQuery("SELECT 1")) {
			assertThat(result.next()).isTrue();
			assertThat(EmbeddedStartAhead.take(data)).as("taken once").isNull();
		}
	}

	@Test
	void shouldStopAServerNoContextTook() throws Exception {
		Path data = this.dir.resolve("pg");
		EmbeddedStartAhead.begin("", data);

		EmbeddedStartAhead.abandon();

		assertThat(EmbeddedStartAhead.take(data)).isNull();
		assertThat(data.resolve("postmaster.pid")).as("the server stopped").doesNotExist();
		// nothing holds the directory: a server starts on it again
		try (EmbeddedPostgres again = EmbeddedPostgresConfiguration.server(data);
				Connection connection = again.getPostgresDatabase().getConnection();
				ResultSet result = connection.createStatement().executeQuery("SELECT 1")) {
			assertThat(result.next()).as("the server started again answers").isTrue();
		}
	}

	@Test
	void shouldStartNothingForAnExternalDatabase() throws Exception {
		Path data = this.dir.resolve("pg");

		EmbeddedStartAhead.begin("jdbc:postgresql://db.example/delist", data);

		assertThat(EmbeddedStartAhead.take(data)).isNull();
		assertThat(Files.exists(data)).isFalse();
	}

}
