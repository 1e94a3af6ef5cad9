package dev.delist.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.delist.support.AppleResponses;
import dev.delist.support.Cli;
import dev.delist.support.TestDatabase;
import dev.delist.support.WholeRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** Fetching in shards (separate executions, one database, one store) gives what one unsharded run gives. */
class ShardingFunctionalTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@RegisterExtension
	final WholeRun run = new WholeRun();

	Path dir;

	WireMockServer apple;

	Path jobs;

	@BeforeEach
	void setUp() throws Exception {
		this.dir = this.run.dir();
		this.apple = this.run.apple();
		this.jobs = this.run.nightly("""
				name: nightly
				stores:
				  apple:
				    countries: [us, gb]
				    lookupBatchSize: 1
				    discovery: [identifiers, search]
				""");
		this.apple.stubFor(get(urlPathEqualTo("/lookup")).willReturn(okJson(AppleResponses.none())));
		this.apple.stubFor(get(urlPathEqualTo("/lookup")).withQueryParam("id", equalTo("111111111"))
			.willReturn(okJson(AppleResponses.results(
					AppleResponses.BANNED_APP))));
		this.apple.stubFor(get(urlPathEqualTo("/lookup")).withQueryParam("bundleId", equalTo("com.example.other"))
			.withQueryParam("country", equalTo("gb"))
			.willReturn(okJson(AppleResponses.results(
					AppleResponses.app(222222222L, "com.example.other", "Other App", "Other Dev", "Other Ltd")))));
		this.run.clone(AppleResponses.CLONE_TITLE);
	}

	Cli cli(String name) throws Exception {
		return Cli.againstApple(TestDatabase.newDatabase(), this.jobs, this.dir.resolve(name), this.apple.baseUrl());
	}

	@Test
	void shouldFindTheSameCandidatesInThreeShardsAsInOneRun() throws Exception {
		// given: one unsharded run as the reference
		Cli whole = cli("whole");
		assertThat(whole.run("run", "--date", "2026-11-29").exitCode()).isZero();
		Set<String> expected = candidates(this.dir.resolve("whole"));
		assertThat(expected).contains("us 111111111 banned-app", "gb 222222222 other-app");

		// when: three shards fetched as separate executions into another database, then aggregated
		Cli sharded = cli("sharded");
		for (int shard = 0; shard < 3; shard++) {
			Cli.Result result = sharded.run("run", "--date", "2026-11-29", "--shard", shard + "/3");
			assertThat(result.exitCode()).as(result.toString()).isZero();
			assertThat(result.out()).contains("shard " + shard + "/3 of group nightly-2026-11-29");
		}
		Cli.Result aggregate = sharded.run("aggregate", "--date", "2026-11-29", "--shards", "3");

		// then
		assertThat(aggregate.exitCode()).as(aggregate.toString()).isZero();
		assertThat(candidates(this.dir.resolve("sharded"))).isEqualTo(expected);
	}

	@Test
	void shouldReportIncompleteNamingTheShardThatNeverRan() throws Exception {
		// given: two of three shards
		Cli sharded = cli("sharded");
		assertThat(sharded.run("run", "--date", "2026-11-29", "--shard", "0/3").exitCode()).isZero();
		assertThat(sharded.run("run", "--date", "2026-11-29", "--shard", "2/3").exitCode()).isZero();

		// when
		Cli.Result aggregate = sharded.run("aggregate", "--date", "2026-11-29", "--shards", "3");

		// then
		assertThat(aggregate.exitCode()).as(aggregate.toString()).isEqualTo(3);
		assertThat(aggregate.err()).contains("shard 1/3 of group nightly-2026-11-29 never ran");
		JsonNode report = JSON.readTree(reportOf(this.dir.resolve("sharded")).toFile());
		assertThat(report.at("/run/status").asString()).isEqualTo("INCOMPLETE");
		assertThat(report.at("/health/reasons").toString()).contains("shard 1/3 of group nightly-2026-11-29 never ran");
	}

	@Test
	void shouldAggregateOnTheShardsPlanAndNameAShardThatFetchedByAnotherPlan() throws Exception {
		// given: shard 0 fetched, then the job file changed before shard 1 started
		Cli sharded = cli("sharded");
		assertThat(sharded.run("run", "--date", "2026-11-29", "--shard", "0/2").exitCode()).isZero();
		Files.writeString(this.jobs.resolve("nightly.yaml"), """
				name: nightly
				stores:
				  apple:
				    countries: [us, gb, de]
				    lookupBatchSize: 1
				    discovery: [identifiers, search]
				""");
		assertThat(sharded.run("run", "--date", "2026-11-29", "--shard", "1/2").exitCode()).isZero();

		// when
		Cli.Result aggregate = sharded.run("aggregate", "--date", "2026-11-29", "--shards", "2");

		// then: the group reports by the plan its first shard fetched, and says which shard does not fit it
		assertThat(aggregate.exitCode()).as(aggregate.toString()).isEqualTo(3);
		assertThat(aggregate.err()).contains("shard 1/2 of group nightly-2026-11-29", "fetched by another plan");
		JsonNode report = JSON.readTree(reportOf(this.dir.resolve("sharded")).toFile());
		assertThat(report.at("/run/countries").toString()).isEqualTo("[\"us\",\"gb\"]");
		assertThat(report.at("/run/status").asString()).isEqualTo("INCOMPLETE");
	}

	@Test
	void shouldRefuseAShardThatIsNotOne() throws Exception {
		Cli.Result result = cli("bad").run("run", "--shard", "3/3");

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.err().strip()).isEqualTo("delist: --shard: 3/3 is not a shard (0 <= i < N, N >= 1)");
	}

	private static Set<String> candidates(Path reports) throws Exception {
		Set<String> candidates = new TreeSet<>();
		for (JsonNode candidate : JSON.readTree(reportOf(reports).toFile()).get("candidates")) {
			candidates.add(candidate.get("country").asString() + " " + candidate.get("appId").asString() + " "
					+ candidate.at("/entry/entryId").asString());
		}
		return candidates;
	}

	private static Path reportOf(Path reports) throws Exception {
		try (Stream<Path> runs = Files.list(reports.resolve("2026-11-29"))) {
			List<Path> dirs = runs.toList();
			assertThat(dirs).hasSize(1);
			return dirs.get(0).resolve("apple/report.json");
		}
	}

}
