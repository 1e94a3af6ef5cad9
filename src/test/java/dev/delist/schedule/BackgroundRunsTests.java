package dev.delist.schedule;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.delist.gate.RunStatus;
import dev.delist.support.AppleResponses;
import dev.delist.support.Cli;
import dev.delist.support.DelistProcess;
import dev.delist.support.HeldAnswers;
import dev.delist.support.WholeRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.context.ConfigurableApplicationContext;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** An admin's "start a run" and "rematch": answered at once, run in the background, one at a time. */
class BackgroundRunsTests {

	final HeldAnswers held = new HeldAnswers();

	@RegisterExtension
	final WholeRun run = new WholeRun().appleOptions((options) -> options.extensions(this.held));

	@BeforeEach
	void setUp() {
		this.run.apple()
			.stubFor(get(urlPathEqualTo("/lookup")).willReturn(okJson(AppleResponses.results(AppleResponses.BANNED_APP))));
	}

	@Test
	void shouldRunANightlyRunInTheBackgroundAndRefuseOthersWhileItRuns() throws Exception {
		// given: an earlier run to re-match, and a store that holds its answers
		Cli.Result earlier = this.run.cli().run("run", "--date", "2026-11-29");
		assertThat(earlier.exitCode()).as(earlier.toString()).isZero();
		this.held.hold();
		ConfigurableApplicationContext serve = Serve.start(this.run);
		try {
			BackgroundRuns runs = serve.getBean(BackgroundRuns.class);

			// when: alice starts the nightly run
			Instant asked = Instant.now();
			Submission started = runs.startNightly("alice");

			// then: accepted at once, while the store has not answered
			assertThat(started.accepted()).isTrue();
			assertThat(started.message()).isEqualTo("started the nightly run alice asked for; it runs in the background");
			this.held.awaitRequest();
			CurrentRun current = runs.current().orElseThrow();
			assertThat(current.request().kind()).isEqualTo(RunRequest.Kind.NIGHTLY);
			assertThat(current.request().requestedBy()).isEqualTo("alice");
			assertThat(current.request().requestedAt()).isAfterOrEqualTo(asked.minusMillis(1));
			assertThat(current.executionId()).isEqualTo(2L);

			// and while it runs, another run and a rematch are refused, saying why
			Submission second = runs.startNightly("bob");
			Submission rematch = runs.startRematch(1, "bob");
			assertThat(List.of(second, rematch)).allSatisfy((refused) -> {
				assertThat(refused.accepted()).isFalse();
				assertThat(refused.message()).startsWith("the nightly run alice asked for (since ")
					.endsWith(" is in progress; two runs of the same job never overlap");
			});

			// when: the store answers
			this.held.release();
			Serve.await(Duration.ofSeconds(60), "alice's run ended", () -> runs.current().isEmpty());

			// then: it ended as delist run would have, and nothing else started meanwhile
			FinishedRun finished = runs.last().orElseThrow();
			assertThat(finished.request()).isEqualTo(current.request());
			assertThat(finished.executionId()).isEqualTo(2L);
			assertThat(finished.status()).isEqualTo("COMPLETED");
			assertThat(finished.verdict()).isEqualTo(RunStatus.COMPLETE);
			assertThat(finished.message()).isEqualTo("nightly run 2 (execution 2): COMPLETE");
			assertThat(this.run.query("SELECT count(*) FROM batch_job_execution")).containsExactly("2");

			// when: bob asks for the rematch again, with the store's requests counted from here
			this.run.apple().resetRequests();
			Submission again = runs.startRematch(1, "bob");
			assertThat(again.accepted()).as(again.message()).isTrue();
			Serve.await(Duration.ofSeconds(60), "bob's rematch ended",
					() -> runs.last().filter((last) -> last.request().kind() == RunRequest.Kind.REMATCH).isPresent());

			// then: a new run re-matched execution 1's listings without asking the store
			FinishedRun rematched = runs.last().orElseThrow();
			assertThat(rematched.request().rematchOf()).isEqualTo(1L);
			assertThat(rematched.request().requestedBy()).isEqualTo("bob");
			assertThat(rematched.executionId()).isEqualTo(3L);
			assertThat(rematched.verdict()).isEqualTo(RunStatus.COMPLETE);
			assertThat(this.run.query("SELECT parameter_value FROM batch_job_execution_params WHERE job_execution_id = 3 "
					+ "AND parameter_name IN ('rematchOf', 'runDate') ORDER BY parameter_name"))
				.containsExactly("1", "2026-11-29");
			assertThat(this.run.apple().getAllServeEvents()).isEmpty();
			assertThat(this.run.reports().resolve("2026-11-29/run-3/apple/report.json")).exists();
		}
		finally {
			// answers first: a run still waiting for the store could not stop when serve closes
			this.held.release();
			serve.close();
		}
	}

	@Test
	void shouldRefuseARematchOfAnExecutionThatCannotBeRematched() throws Exception {
		try (ConfigurableApplicationContext serve = Serve.start(this.run)) {
			BackgroundRuns runs = serve.getBean(BackgroundRuns.class);

			// when
			Submission missing = runs.startRematch(42, "alice");

			// then: refused with the reason delist rematch gives, and nothing started
			assertThat(missing.accepted()).isFalse();
			assertThat(missing.message()).isEqualTo("rematch: there is no execution 42 (see: delist status)");
			assertThat(runs.current()).isEmpty();
			assertThat(runs.last()).isEmpty();
		}
		assertThat(this.run.query("SELECT count(*) FROM batch_job_execution")).containsExactly("0");
	}

	@Test
	void shouldRefuseARunWhileAnotherProcessRunsTheJob() throws Exception {
		// given: delist run, in a JVM of its own, holds the job lock
		this.held.hold();
		List<String> args = new ArrayList<>(List.of("run"));
		args.addAll(Serve.configuration(this.run));
		Path output = this.run.dir().resolve("other-run.txt");
		Process elsewhere = DelistProcess.start(this.run.dir(), output, args.toArray(String[]::new));
		try {
			this.held.awaitRequest();
			try (ConfigurableApplicationContext serve = Serve.start(this.run)) {
				BackgroundRuns runs = serve.getBean(BackgroundRuns.class);

				// when
				Submission refused = runs.startNightly("alice");

				// then
				assertThat(refused.accepted()).isFalse();
				assertThat(refused.message()).isEqualTo(
						"another nightly run is in progress (execution [1]); two runs of the same job never overlap");
				assertThat(runs.current()).isEmpty();
			}
		}
		finally {
			this.held.release();
		}
		assertThat(elsewhere.waitFor(2, TimeUnit.MINUTES)).isTrue();
		assertThat(elsewhere.exitValue()).as(Files.readString(output)).isZero();
		assertThat(this.run.query("SELECT count(*) FROM batch_job_execution")).containsExactly("1");
	}

	@Test
	void shouldNameTheExecutionOfACatalogShardsRematchWhileItRuns() throws Exception {
		// given: one shard of a catalog screened; its job (nightly-shard-1-of-2-catalog) is not its lock's name
		Path catalog = Files.writeString(this.run.dir().resolve("catalog.jsonl"), """
				{"store":"google-play","country":"us","appId":"com.example.one","bundleId":"","title":"One","developerName":"Dev","developerId":"","legalName":"","url":""}
				{"store":"google-play","country":"us","appId":"com.example.two","bundleId":"","title":"Two","developerName":"Dev","developerId":"","legalName":"","url":""}
				{"store":"google-play","country":"us","appId":"com.example.three","bundleId":"","title":"Three","developerName":"Dev","developerId":"","legalName":"","url":""}
				{"store":"google-play","country":"us","appId":"com.example.four","bundleId":"","title":"Four","developerName":"Dev","developerId":"","legalName":"","url":""}
				""");
		Cli.Result shard = this.run.cli().run("run", "--date", "2026-11-29", "--catalog", catalog.toString(),
				"--shard", "1/2");
		assertThat(shard.exitCode()).as(shard.toString()).isZero();
		try (ConfigurableApplicationContext serve = Serve.start(this.run);
				Connection holder = DriverManager.getConnection(this.run.database())) {
			BackgroundRuns runs = serve.getBean(BackgroundRuns.class);
			// the rematch's copy step writes its targets: held here until released
			holder.setAutoCommit(false);
			holder.createStatement().execute("LOCK TABLE fetch_target IN EXCLUSIVE MODE");

			// when
			Submission started = runs.startRematch(1, "bob");
			assertThat(started.accepted()).as(started.message()).isTrue();

			// then: /runs can name the execution it started
			Serve.await(Duration.ofSeconds(30), "the rematch's execution named",
					() -> runs.current().map(CurrentRun::executionId).isPresent());
			CurrentRun current = runs.current().orElseThrow();
			assertThat(current.executionId()).isEqualTo(2L);
			assertThat(current.request().job()).isEqualTo("nightly-shard-1-of-2-catalog");
			assertThat(runs.startRematch(1, "carol").message()).startsWith("the rematch of execution 1 bob asked for");

			// and once released it ends as delist rematch would
			holder.rollback();
			Serve.await(Duration.ofSeconds(60), "the rematch ended", () -> runs.last().isPresent());
			assertThat(runs.last().orElseThrow().executionId()).isEqualTo(2L);
			assertThat(runs.last().orElseThrow().verdict()).isEqualTo(RunStatus.COMPLETE);
		}
	}

}
