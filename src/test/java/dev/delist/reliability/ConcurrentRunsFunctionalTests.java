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
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.delist.support.AppleResponses;
import dev.delist.support.Cli;
import dev.delist.support.HeldAnswers;
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

	/** The first run to reach Apple waits there until the test lets go: in progress as long as it must be. */
	final HeldAnswers held = new HeldAnswers();

	@RegisterExtension
	final WholeRun run = new WholeRun().appleOptions((options) -> options.extensions(this.held));

	Path dir;

	WireMockServer apple;

	String database;

	Cli cli;

	@BeforeEach
	void setUp() throws Exception {
		this.dir = this.run.dir();
		this.apple = this.run.apple();
		this.apple.stubFor(get(urlPathEqualTo("/lookup")).willReturn(okJson(AppleResponses.results(AppleResponses.BANNED_APP))));
		this.database = this.run.database();
		this.cli = this.run.cli();
	}

	@Test
	void shouldLetExactlyOneOfTwoRunsStartedTogetherRun() throws Exception {
		// given: whichever run gets the job first stays in progress, its answers held
		this.held.hold();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<CompletableFuture<Cli.Result>> runs = List.of(CompletableFuture.supplyAsync(() -> {
				awaitQuietly(start);
				return this.cli.run("run", "--date", "2026-11-29");
			}, threads), CompletableFuture.supplyAsync(() -> {
				awaitQuietly(start);
				return this.cli.run("run", "--date", "2026-11-29");
			}, threads));

			// when: both start; one ends while the other still fetches, then the store answers
			start.countDown();
			try {
				CompletableFuture.anyOf(runs.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
			}
			finally {
				this.held.release();
			}
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
			this.held.release();
			threads.shutdownNow();
		}
	}

	@Test
	void shouldRefuseASecondRunWhileTheFirstIsFetching() throws Exception {
		// given: a run in progress, waiting for Apple's answers
		this.held.hold();
		CompletableFuture<Cli.Result> running = CompletableFuture
			.supplyAsync(() -> this.cli.run("run", "--date", "2026-11-29"));
		Cli.Result second;
		try {
			this.held.awaitRequest();
			assertThat(running).isNotDone();

			// when
			second = this.cli.run("run", "--date", "2026-11-30");
		}
		finally {
			this.held.release();
		}

		// then
		assertThat(second.exitCode()).as(second.toString()).isEqualTo(2);
		assertThat(second.err()).contains("another nightly run is in progress (execution [1])");
		assertThat(running.get().exitCode()).isZero();
		assertThat(count("SELECT count(*) FROM batch_job_instance")).isEqualTo(1);
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private long count(String sql) throws Exception {
		try (Connection connection = DriverManager.getConnection(this.database);
				ResultSet result = connection.createStatement().executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}

}
