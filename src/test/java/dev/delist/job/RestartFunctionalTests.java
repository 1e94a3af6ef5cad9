package dev.delist.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.delist.support.AppleResponses;
import dev.delist.support.Cli;
import dev.delist.support.DelistProcess;
import dev.delist.support.WholeRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run killed in the middle of the fetch step (a separate JVM, SIGKILL) and restarted: the restart continues
 * from the last committed request instead of starting over, and every target ends answered exactly once.
 */
class RestartFunctionalTests {

	@RegisterExtension
	final WholeRun run = new WholeRun();

	Path dir;

	WireMockServer apple;

	String databaseUrl;

	List<String> configuration;

	@BeforeEach
	void setUp() throws Exception {
		this.dir = this.run.dir();
		this.apple = this.run.apple();
		// one identifier per request and four storefronts: 16 requests, slow enough to be killed midway
		Path jobs = this.run.nightly("""
				name: nightly
				stores:
				  apple:
				    countries: [us, gb, de, fr]
				    lookupBatchSize: 1
				    discovery: [identifiers]
				""");
		this.databaseUrl = this.run.database();
		this.configuration = List.of("--spring.datasource.url=" + this.databaseUrl,
				"--delist.stores.apple.base-url=" + this.apple.baseUrl(), "--delist.jobs.dir=" + jobs,
				"--delist.report.dir=" + this.dir.resolve("reports"), "--delist.stores.apple.requests-per-minute=6000");
	}

	@Test
	void shouldContinueAKilledRunWhereItStoppedWithoutFetchingOrStoringAnythingTwice() throws Exception {
		// given: a run in another JVM, killed once a few requests were answered
		this.apple.stubFor(get(urlPathEqualTo("/lookup")).willReturn(okJson(AppleResponses.results(
				AppleResponses.app(111111111L, "com.example.banned", "Banned", "Dev", "Seller")))
			.withFixedDelay(400)));
		Process run = startRun();
		waitForRequests(5, run);
		run.destroyForcibly().waitFor();
		Set<String> answeredBeforeKill = answeredTargets();
		long executionId = query("SELECT max(job_execution_id) FROM batch_job_execution").get(0).get(0).longValue();
		assertThat(answeredBeforeKill).isNotEmpty().hasSizeLessThan(16);
		assertThat(query("SELECT count(*) FROM batch_job_execution WHERE status = 'STARTED'").get(0).get(0))
			.isEqualTo(1L);

		answerAtOnce();

		// when
		Cli.Result restart = new Cli(this.configuration.toArray(String[]::new)).run("restart",
				String.valueOf(executionId));

		// then: complete, every target answered once, nothing fetched again that was committed before the kill
		assertThat(restart.exitCode()).as(restart.toString()).isZero();
		assertThat(query("SELECT count(*) FROM fetch_target WHERE outcome IS NULL").get(0).get(0)).isEqualTo(0L);
		assertThat(query("SELECT count(*) FROM fetch_target").get(0).get(0)).isEqualTo(16L);
		assertThat(query("""
				SELECT count(*) FROM (SELECT store, country, app_id FROM listing_snapshot
				GROUP BY job_instance_id, store, country, app_id HAVING count(*) > 1) duplicates""").get(0).get(0))
			.isEqualTo(0L);
		Map<String, Integer> requests = requestsPerTarget();
		for (String target : answeredBeforeKill) {
			assertThat(requests.get(target)).as("requests for %s, answered before the kill", target).isEqualTo(1);
		}
		assertThat(requests.values()).allSatisfy((count) -> assertThat(count).isBetween(1, 2));
		assertThat(requests).hasSize(16);
		assertThat(query("SELECT count(*) FROM batch_job_instance").get(0).get(0)).isEqualTo(1L);
		// the snapshots an uninterrupted run stores: the listing Apple answers, once per storefront
		assertThat(queryRows("SELECT country || '/' || app_id FROM listing_snapshot ORDER BY 1"))
			.extracting((row) -> row.get(0))
			.containsExactly("de/111111111", "fr/111111111", "gb/111111111", "us/111111111");
	}

	@Test
	void shouldStopAtAChunkBoundaryOnSigtermAndContinueOnRestart() throws Exception {
		// given: a run in another JVM, sent SIGTERM (what Kubernetes and Ctrl-C send) mid-fetch
		runAndStopWithSigterm();

		// then: the execution is STOPPED, not left STARTED, and its committed work is kept
		assertThat(queryRows("SELECT status FROM batch_job_execution").get(0).get(0)).isEqualTo("STOPPED");
		Set<String> answeredBeforeStop = answeredTargets();
		assertThat(answeredBeforeStop).isNotEmpty().hasSizeLessThan(16);
		long executionId = query("SELECT max(job_execution_id) FROM batch_job_execution").get(0).get(0).longValue();

		answerAtOnce();

		// when
		Cli.Result restart = new Cli(this.configuration.toArray(String[]::new)).run("restart",
				String.valueOf(executionId));

		// then: it continues where it stopped; only the requests in flight at the stop (one per storefront
		// partition), never committed, are repeated
		assertThat(restart.exitCode()).as(restart.toString()).isZero();
		assertThat(query("SELECT count(*) FROM fetch_target WHERE outcome IS NULL").get(0).get(0)).isEqualTo(0L);
		Map<String, Integer> requests = requestsPerTarget();
		assertThat(requests).hasSize(16);
		for (String target : answeredBeforeStop) {
			assertThat(requests.get(target)).as("requests for %s, answered before the stop", target).isEqualTo(1);
		}
		assertThat(requests.values().stream().filter((count) -> count > 1)).hasSizeLessThanOrEqualTo(4)
			.allSatisfy((count) -> assertThat(count).isEqualTo(2));
		assertThat(query("SELECT count(*) FROM listing_snapshot").get(0).get(0)).isEqualTo(4L);
	}

	@Test
	void shouldRestartOnItsPinnedPlanAfterTheJobFileAndAListFileWereEdited() throws Exception {
		// given: a run stopped by SIGTERM mid-fetch ...
		runAndStopWithSigterm();
		String listSha = (String) queryRows("SELECT sha256 FROM run_list").get(0).get(0);
		long executionId = query("SELECT max(job_execution_id) FROM batch_job_execution").get(0).get(0).longValue();
		// ... then the job file is edited (other countries) and the list file broken
		Path jobs = this.dir.resolve("jobs");
		Files.writeString(jobs.resolve("nightly.yaml"), """
				name: nightly
				stores:
				  apple:
				    countries: [us, jp, kr]
				    lookupBatchSize: 1
				    discovery: [identifiers]
				""");
		Files.writeString(jobs.resolve("lists/test-apps.yaml"), "id: test-apps\nentries: [ broken\n");

		answerAtOnce();

		// when
		Cli.Result restart = new Cli(this.configuration.toArray(String[]::new)).run("restart",
				String.valueOf(executionId));

		// then: complete on the original plan: its four countries, its list version, nothing else asked
		assertThat(restart.exitCode()).as(restart.toString()).isZero();
		assertThat(requestsPerTarget().keySet()).extracting((target) -> target.substring(0, 2))
			.containsOnly("us", "gb", "de", "fr");
		long restarted = query("SELECT max(job_execution_id) FROM batch_job_execution").get(0).get(0).longValue();
		Path runDir = this.dir.resolve("reports/2026-11-29/run-" + restarted);
		var json = tools.jackson.databind.json.JsonMapper.builder().build();
		var report = json.readTree(runDir.resolve("apple/report.json").toFile());
		assertThat(report.at("/run/countries").valueStream().map((node) -> node.asString()).toList())
			.containsExactly("us", "gb", "de", "fr");
		assertThat(report.at("/run/status").asString()).isEqualTo("COMPLETE");
		assertThat(report.at("/lists/0/sha256").asString()).isEqualTo(listSha);
		var summary = json.readTree(runDir.resolve("summary.json").toFile());
		assertThat(summary.at("/plan/stores/0/countries").valueStream().map((node) -> node.asString()).toList())
			.containsExactly("us", "gb", "de", "fr");
		assertThat(summary.at("/plan/lists/0/sha256").asString()).isEqualTo(listSha);
	}

	/** Apple's answer without the delay that kept the first run slow enough to be stopped midway. */
	private void answerAtOnce() {
		this.apple.stubFor(get(urlPathEqualTo("/lookup")).willReturn(okJson(AppleResponses.results(
				AppleResponses.app(111111111L, "com.example.banned", "Banned", "Dev", "Seller")))));
	}

	/** A run in another JVM, answered slowly by Apple, sent SIGTERM once five requests were answered. */
	private void runAndStopWithSigterm() throws Exception {
		this.apple.stubFor(get(urlPathEqualTo("/lookup")).willReturn(okJson(AppleResponses.results(
				AppleResponses.app(111111111L, "com.example.banned", "Banned", "Dev", "Seller")))
			.withFixedDelay(400)));
		Process run = startRun();
		waitForRequests(5, run);
		run.destroy();
		assertThat(run.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).as("the run exits after SIGTERM").isTrue();
	}

	/** The run in a JVM of its own, which the test stops; what it prints goes to killed-run.log. */
	private Process startRun() throws Exception {
		List<String> args = new ArrayList<>(List.of("run", "--date=2026-11-29"));
		args.addAll(this.configuration);
		return DelistProcess.start(this.dir, this.dir.resolve("killed-run.log"), args.toArray(String[]::new));
	}

	private void waitForRequests(int count, Process run) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
		while (this.apple.findAll(anyRequestedFor(urlPathEqualTo("/lookup"))).size() < count) {
			assertThat(run.isAlive()).as("the run ended before it could be killed: %s",
					Files.readString(this.dir.resolve("killed-run.log"))).isTrue();
			assertThat(Instant.now()).as("waiting for %d requests", count).isBefore(deadline);
			Thread.sleep(50);
		}
	}

	private Set<String> answeredTargets() throws Exception {
		Set<String> answered = new HashSet<>();
		for (List<Object> row : queryRows("SELECT country, value FROM fetch_target WHERE outcome IS NOT NULL")) {
			answered.add(row.get(0) + "/" + row.get(1));
		}
		return answered;
	}

	private Map<String, Integer> requestsPerTarget() {
		Map<String, Integer> counts = new HashMap<>();
		for (LoggedRequest request : this.apple.findAll(anyRequestedFor(urlPathEqualTo("/lookup")))) {
			String value = (request.queryParameter("id").isPresent()) ? request.queryParameter("id").firstValue()
					: request.queryParameter("bundleId").firstValue();
			counts.merge(request.queryParameter("country").firstValue() + "/" + value, 1, Integer::sum);
		}
		return counts;
	}

	private List<List<Number>> query(String sql) throws Exception {
		List<List<Number>> rows = new ArrayList<>();
		for (List<Object> row : queryRows(sql)) {
			rows.add(row.stream().map((value) -> (Number) value).toList());
		}
		return rows;
	}

	private List<List<Object>> queryRows(String sql) throws Exception {
		try (Connection connection = DriverManager.getConnection(this.databaseUrl);
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			List<List<Object>> rows = new ArrayList<>();
			while (result.next()) {
				List<Object> row = new ArrayList<>();
				for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
					row.add(result.getObject(i));
				}
				rows.add(row);
			}
			return rows;
		}
	}

}
