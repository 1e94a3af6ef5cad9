package dev.delist.reliability;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.delist.support.AppleResponses;
import dev.delist.support.Cli;
import dev.delist.support.WholeRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** Two runs of the same job at once: exactly one runs, the other refuses clearly and starts nothing. */
class ConcurrentRunsFunctionalTests {

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
		// slow answers keep the first run busy while the second one tries
		this.apple.stubFor(get(urlPathEqualTo("/lookup")).willReturn(okJson(AppleResponses.results(AppleResponses.BANNED_APP)).withFixedDelay(1500)));
		this.database = this.run.database();
		this.cli = this.run.cli();
	}

	@Test
	void shouldLetExactlyOneOfTwoRunsStartedTogetherRun() throws Exception {
		// given
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<Cli.Result>> runs = List.of(threads.submit(() -> {
				start.await();
				return this.cli.run("run", "--date", "2026-11-29");
			}), threads.submit(() -> {
				start.await();
				return this.cli.run("run", "--date", "2026-11-29");
			}));

			// when
			start.countDown();
			Cli.Result first = runs.get(0).get();
			Cli.Result second = runs.get(1).get();

			// then
			assertThat(List.of(first.exitCode(), second.exitCode())).as(first + "\n" + second)
				.containsExactlyInAnyOrder(0, 2);
			Cli.Result refused = (first.exitCode() == 2) ? first : second;
			assertThat(refused.err().strip()).startsWith("delist: another nightly run is in progress")
				.endsWith("two runs of the same job never overlap")
				.doesNotContain("\n");
			assertThat(count("SELECT count(*) FROM batch_job_instance")).isEqualTo(1);
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void shouldRefuseASecondRunWhileTheFirstIsFetching() throws Exception {
		// given: a run in progress
		CompletableFuture<Cli.Result> running = CompletableFuture
			.supplyAsync(() -> this.cli.run("run", "--date", "2026-11-29"));
		while (this.apple.getAllServeEvents().isEmpty()) {
			assertThat(running).isNotDone();
			Thread.sleep(20);
		}

		// when
		Cli.Result second = this.cli.run("run", "--date", "2026-11-30");

		// then
		assertThat(second.exitCode()).as(second.toString()).isEqualTo(2);
		assertThat(second.err()).contains("another nightly run is in progress (execution [1])");
		assertThat(running.get().exitCode()).isZero();
		assertThat(count("SELECT count(*) FROM batch_job_instance")).isEqualTo(1);
	}

	private long count(String sql) throws Exception {
		try (Connection connection = DriverManager.getConnection(this.database);
				ResultSet result = connection.createStatement().executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}

}
