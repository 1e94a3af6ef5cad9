package dev.delist.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.delist.support.AppleResponses;
import dev.delist.support.Cli;
import dev.delist.support.WholeRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code delist status}: recent runs with their outcome, and when the policy data changed between runs. */
class StatusFunctionalTests {

	@RegisterExtension
	final WholeRun run = new WholeRun();

	Path dir;

	WireMockServer apple;

	@BeforeEach
	void setUp() {
		this.dir = this.run.dir();
		this.apple = this.run.apple();
		this.apple.stubFor(get(urlPathEqualTo("/lookup")).willReturn(okJson(AppleResponses.results(
				AppleResponses.app(111111111L, "com.example.banned", "Banned", "Dev", "Seller")))));
	}

	@Test
	void shouldSayOnStderrThatNothingHasRunYetAndKeepStdoutATable() {
		// when: a database no run has used
		Cli.Result status = this.run.cli().run("status");
		Cli.Result json = this.run.cli().run("status", "--json");

		// then
		assertThat(status.exitCode()).as(status.toString()).isZero();
		assertThat(status.out()).startsWith("EXECUTION").hasLineCount(1);
		assertThat(status.err()).isEqualTo("delist: no runs recorded yet (delist run starts one)\n");
		assertThat(json.exitCode()).as(json.toString()).isZero();
		assertThat(json.err()).as("a script asked for JSON: no note").isEmpty();
	}

	@Test
	void shouldListRunsAndSayWhenAListChangedBetweenThem() throws Exception {
		// given: two runs, the list edited in between
		Path jobs = this.run.jobs();
		Cli cli = this.run.cli("--spring.datasource.password=hunter2-secret");
		assertThat(cli.run("run", "--date", "2026-11-28").exitCode()).isZero();
		Path list = jobs.resolve("lists/test-apps.yaml");
		Files.writeString(list, Files.readString(list).replace("version: \"1\"", "version: \"2\""));
		assertThat(cli.run("run", "--date", "2026-11-29").exitCode()).isZero();

		// when
		Cli.Result status = cli.run("status");

		// then
		assertThat(status.exitCode()).as(status.toString()).isZero();
		String[] lines = status.out().split("\n");
		assertThat(lines[0]).startsWith("EXECUTION").contains("RUN DATE", "STATUS", "DURATION", "REPORTS");
		assertThat(lines[1]).matches("2\\s+2\\s+nightly\\s+2026-11-29\\s+COMPLETED\\s+COMPLETED\\s+\\d+s\\s+.*")
			.contains("apple COMPLETE CONFIRMED=2 gate PASSED in " + this.dir.resolve("reports/2026-11-29/run-2"));
		assertThat(lines[2]).contains("lists changed since the job's previous run: test-apps changed (1 ")
			.contains(" -> 2 ");
		assertThat(lines[3]).matches("1\\s+1\\s+nightly\\s+2026-11-28\\s+COMPLETED\\s+.*");
		assertThat(status.out()).doesNotContain("hunter2-secret");
	}

	@Test
	void shouldGiveScriptsTheRunsAsOneJsonDocument() throws Exception {
		// given: a complete run, then one whose store fails every request
		Cli cli = this.run.cli();
		assertThat(cli.run("run", "--date", "2026-11-28").exitCode()).isZero();
		this.apple.stubFor(get(urlPathEqualTo("/lookup")).willReturn(serverError()));
		assertThat(cli.run("run", "--date", "2026-11-29").exitCode()).isEqualTo(3);

		// when
		Cli.Result status = cli.run("status", "--json");

		// then: one line of JSON on stdout, newest run first
		assertThat(status.exitCode()).as(status.toString()).isZero();
		assertThat(status.err()).isEmpty();
		assertThat(status.out().lines()).hasSize(1);
		JsonNode runs = JsonMapper.builder().build().readTree(status.out()).get("runs");
		assertThat(runs).hasSize(2);
		JsonNode incomplete = runs.get(0);
		assertThat(incomplete.get("runDate").asString()).isEqualTo("2026-11-29");
		assertThat(incomplete.get("verdict").asString()).isEqualTo("INCOMPLETE");
		assertThat(incomplete.at("/executions/0/exitCode").asString()).isEqualTo("INCOMPLETE");
		assertThat(incomplete.at("/stores/0/store").asString()).isEqualTo("apple");
		assertThat(incomplete.at("/stores/0/gate").asString()).isNotEqualTo("PASSED");
		assertThat(incomplete.at("/stores/0/fetchErrors").asLong()).isEqualTo(incomplete.at("/stores/0/targets").asLong())
			.isPositive();
		assertThat(incomplete.at("/stores/0/reasons/0").asString()).contains("could not be checked");
		JsonNode complete = runs.get(1);
		assertThat(complete.get("verdict").asString()).isEqualTo("COMPLETE");
		assertThat(complete.at("/executions/0/exitCode").asString()).isEqualTo("COMPLETED");
		assertThat(complete.at("/executions/0/durationSeconds").isIntegralNumber()).isTrue();
		assertThat(complete.at("/stores/0/takedownCandidates/CONFIRMED").asLong()).isEqualTo(2);
		assertThat(complete.at("/stores/0/reportDir").asString())
			.startsWith(this.dir.resolve("reports/2026-11-28/run-1").toString());
		assertThat(complete.get("listChanges")).isEmpty();
	}

	@Test
	void shouldLineUpTheColumnsWhateverTheJobNamesLength() throws Exception {
		// given: a catalog run, whose job is nightly-catalog, beside a nightly one
		Cli cli = this.run.cli();
		assertThat(cli.run("run", "--date", "2026-11-28").exitCode()).isZero();
		Path catalog = this.dir.resolve("catalog.jsonl");
		Files.writeString(catalog, "{\"store\":\"google-play\",\"country\":\"us\",\"appId\":\"com.example.fine\","
				+ "\"bundleId\":\"\",\"title\":\"Fine\",\"developerName\":\"Fine Dev\",\"developerId\":\"\","
				+ "\"legalName\":\"\",\"url\":\"\"}\n");
		assertThat(cli.run("run", "--date", "2026-11-29", "--catalog", catalog.toString()).exitCode()).isZero();

		// when
		String[] lines = cli.run("status").out().split("\n");

		// then: every row's run date starts where the header's RUN DATE does
		int date = lines[0].indexOf("RUN DATE");
		assertThat(lines[1]).contains("nightly-catalog");
		assertThat(lines[1].substring(date)).startsWith("2026-11-29 ");
		assertThat(lines[2].substring(date)).startsWith("2026-11-28 ");
	}

}
