package dev.delist.reliability;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.delist.support.AppleResponses;
import dev.delist.support.Cli;
import dev.delist.support.TestDatabase;
import dev.delist.support.WholeRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away in the middle of a run: the run fails as a run to restart (exit 1), not as bad input
 * (exit 2, "nothing started"), and the restart finishes it once the database is back.
 */
class DatabaseLossFunctionalTests {

	@RegisterExtension
	final WholeRun run = new WholeRun();

	Path dir;

	WireMockServer apple;

	String database;

	Cli cli;

	@BeforeEach
	void setUp() throws Exception {
		this.dir = this.run.dir();
		this.apple = this.run.apple();
		this.run.nightly("""
				name: nightly
				stores:
				  apple:
				    countries: [us, gb, de, fr]
				    lookupBatchSize: 1
				    discovery: [identifiers]
				""");
		this.database = this.run.database();
		// once the database is gone each write the job still tries waits this long for a connection: half a second,
		// not Hikari's 30, yet ten times what a local connection takes under load
		this.cli = this.run.cli("--delist.http.max-attempts=1", "--spring.datasource.hikari.connection-timeout=500");
		this.apple.stubFor(get(urlPathEqualTo("/lookup")).willReturn(okJson(AppleResponses.results(
				AppleResponses.BANNED_APP)).withFixedDelay(300)));
	}

	@AfterEach
	void tearDown() throws Exception {
		allowConnections(true);
		this.apple.stop();
	}

	@Test
	void shouldFailAsARunToRestartWhenTheDatabaseIsLostMidRun() throws Exception {
		// given: a run under way
		CompletableFuture<Cli.Result> run = CompletableFuture.supplyAsync(() -> this.cli.run("run", "--date",
				"2026-11-29"));
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (this.apple.findAll(anyRequestedFor(urlPathEqualTo("/lookup"))).size() < 3) {
			assertThat(Instant.now()).as("waiting for the run to ask the store").isBefore(deadline);
			Thread.sleep(20);
		}

		// when: the database refuses every connection and drops the ones it had
		allowConnections(false);
		Cli.Result lost = run.get(120, TimeUnit.SECONDS);

		// then: a failed run, with a way out
		assertThat(lost.exitCode()).as(lost.toString()).isEqualTo(1);
		assertThat(lost.err()).contains("delist: ").contains("restart").doesNotContain("\tat ");

		// and: once the database is back, the restart completes the run
		allowConnections(true);
		Cli.Result restart = this.cli.run("restart", "1");
		assertThat(restart.exitCode()).as(restart.toString()).isZero();
	}

	private void allowConnections(boolean allow) throws Exception {
		String name = this.database.substring(this.database.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
		try (Connection admin = TestDatabase.server().getPostgresDatabase().getConnection();
				Statement statement = admin.createStatement()) {
			statement.execute("ALTER DATABASE " + name + " ALLOW_CONNECTIONS " + allow);
			if (!allow) {
				statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
			}
		}
	}

}
