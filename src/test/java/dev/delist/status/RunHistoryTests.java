package dev.delist.status;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.delist.gate.RunStatus;
import dev.delist.gate.StoreHealth;
import dev.delist.match.Tier;
import dev.delist.status.RunHistory.Run;
import dev.delist.status.RunHistory.StoreRun;
import dev.delist.status.RunHistory.TierPoint;
import dev.delist.support.AppleResponses;
import dev.delist.support.Cli;
import dev.delist.support.WholeRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** The runs page's data, read back from real runs and checked against the reports they wrote. */
class RunHistoryTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@RegisterExtension
	final WholeRun run = new WholeRun();

	Cli cli;

	RunHistory history;

	@BeforeEach
	void setUp() {
		this.cli = this.run.cli("--delist.http.max-attempts=1");
		this.history = new RunHistory(JdbcClient.create(new DriverManagerDataSource(this.run.database())));
		this.run.apple()
			.stubFor(get(urlPathEqualTo("/lookup")).willReturn(okJson(AppleResponses.results(AppleResponses.BANNED_APP))));
	}

	@Test
	void shouldShowEachRunsHealthVerdictGateReasonsAndTierTrend() throws Exception {
		// given: a complete run, a run the gb storefront fails, and a rematch of the first
		assertThat(this.cli.run("run", "--date", "2026-11-29").exitCode()).isZero();
		this.run.apple()
			.stubFor(get(urlPathEqualTo("/lookup")).withQueryParam("country", equalTo("gb")).atPriority(1)
				.willReturn(serverError()));
		Cli.Result failing = this.cli.run("run", "--date", "2026-11-30");
		assertThat(failing.exitCode()).as(failing.toString()).isEqualTo(3);
		assertThat(this.cli.run("rematch", "1").exitCode()).isZero();

		// when
		List<Run> runs = this.history.runs(10);

		// then: newest first, each with its attempt and its verdict
		assertThat(runs).extracting(Run::runId).containsExactly(3L, 2L, 1L);
		assertThat(runs).extracting(Run::verdict)
			.containsExactly(RunStatus.COMPLETE, RunStatus.INCOMPLETE, RunStatus.COMPLETE);
		assertThat(runs).extracting(Run::runDate)
			.containsExactly(LocalDate.parse("2026-11-29"), LocalDate.parse("2026-11-30"), LocalDate.parse("2026-11-29"));
		assertThat(runs).extracting(Run::rematchOf).containsExactly(1L, null, null);
		assertThat(runs).allSatisfy((run) -> {
			assertThat(run.job()).isEqualTo("nightly");
			assertThat(run.executions()).hasSize(1);
			assertThat(run.latest().executionId()).isEqualTo(run.runId());
			assertThat(run.latest().status()).isEqualTo("COMPLETED");
			assertThat(run.latest().duration()).isNotNull();
			assertThat(run.gaps()).isEmpty();
		});
		assertThat(runs.get(1).latest().exitCode()).isEqualTo("INCOMPLETE");

		// and per store the health, verdict and candidates its report.json has
		for (Run run : runs) {
			StoreRun apple = run.stores().get(0);
			assertThat(run.stores()).hasSize(1);
			assertThat(apple.store()).isEqualTo("apple");
			JsonNode report = report(run, apple);
			StoreHealth health = apple.health();
			assertThat(health).isEqualTo(JSON.treeToValue(report.get("health"), StoreHealth.class));
			assertThat(apple.status().name()).isEqualTo(report.at("/run/status").asString());
			assertThat(apple.takedownCandidates()).isEqualTo(tiers(report));
		}
		StoreHealth failed = runs.get(1).stores().get(0).health();
		assertThat(failed.gate()).isEqualTo("FAILED");
		assertThat(failed.fetchErrors()).isPositive();
		assertThat(failed.reasons()).hasSize(2)
			.anySatisfy((reason) -> assertThat(reason).startsWith("apple: 4 of 8 targets could not be checked"))
			.anySatisfy((reason) -> assertThat(reason).contains("HTTP 500").contains("country=gb"));
		assertThat(runs.get(2).stores().get(0).health().reasons()).isEmpty();
		assertThat(runs.get(2).stores().get(0).takedownCandidates())
			.isEqualTo(Map.of(Tier.CONFIRMED, 2L, Tier.LIKELY, 0L, Tier.POSSIBLE, 0L));
		assertThat(runs.get(1).stores().get(0).takedownCandidates())
			.isEqualTo(Map.of(Tier.CONFIRMED, 1L, Tier.LIKELY, 0L, Tier.POSSIBLE, 0L));

		// and a limit keeps the newest
		assertThat(this.history.runs(2)).extracting(Run::runId).containsExactly(3L, 2L);
	}

	@Test
	void shouldTrendTakedownCandidatesPerTierOverTheLastRunsOfEachStore() throws Exception {
		// given: two complete runs, then one that the gb storefront fails
		assertThat(this.cli.run("run", "--date", "2026-11-28").exitCode()).isZero();
		assertThat(this.cli.run("run", "--date", "2026-11-29").exitCode()).isZero();
		this.run.apple()
			.stubFor(get(urlPathEqualTo("/lookup")).withQueryParam("country", equalTo("gb")).atPriority(1)
				.willReturn(serverError()));
		assertThat(this.cli.run("run", "--date", "2026-11-30").exitCode()).isEqualTo(3);

		// when: the last two
		Map<String, List<TierPoint>> trend = this.history.tierTrend("nightly", 2);

		// then: oldest first, as each report counted them
		assertThat(trend).containsOnlyKeys("apple");
		assertThat(trend.get("apple")).containsExactly(
				new TierPoint(2, 2, LocalDate.parse("2026-11-29"), RunStatus.COMPLETE, 2, 0, 0),
				new TierPoint(3, 3, LocalDate.parse("2026-11-30"), RunStatus.INCOMPLETE, 1, 0, 0));
		assertThat(this.history.tierTrend("nightly", 10).get("apple")).extracting(TierPoint::runId)
			.containsExactly(1L, 2L, 3L);
		assertThat(this.history.tierTrend("weekly", 10)).isEmpty();
	}

	@Test
	void shouldShowNoRunsBeforeTheFirst() {
		assertThat(this.history.runs(10)).isEmpty();
		assertThat(this.history.tierTrend("nightly", 10)).isEmpty();
	}

	private JsonNode report(Run run, StoreRun store) {
		return JSON.readTree(Path.of(store.reportDir()).resolve("report.json").toFile());
	}

	/** Takedown candidates per tier, counted from the report's candidates. */
	private static Map<Tier, Long> tiers(JsonNode report) {
		Map<Tier, Long> tiers = new EnumMap<>(Tier.class);
		for (Tier tier : Tier.values()) {
			tiers.put(tier, 0L);
		}
		List<JsonNode> candidates = new ArrayList<>();
		report.get("candidates").forEach(candidates::add);
		candidates.stream()
			.filter((candidate) -> candidate.get("takedownCandidate").asBoolean())
			.forEach((candidate) -> tiers.merge(Tier.valueOf(candidate.get("tier").asString()), 1L, Long::sum));
		return tiers;
	}

}
