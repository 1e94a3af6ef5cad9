package dev.delist.job;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.delist.support.AppleResponses;
import dev.delist.support.Cli;
import dev.delist.support.ReportSchema;
import dev.delist.support.TestDatabase;
import dev.delist.support.TestJobs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/** The nightly job end to end: command line, embedded PostgreSQL, Apple played by WireMock, report files. */
class NightlyJobFunctionalTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static final String HOSTILE_TITLE = "=HYPERLINK(\"http://evil\")<script>alert(1)</script>";

	@TempDir
	Path dir;

	WireMockServer apple;

	Cli cli;

	Path reports;

	@BeforeEach
	void setUp() throws Exception {
		this.apple = new WireMockServer(options().dynamicPort());
		this.apple.start();
		// gb answers nothing but the canary: a storefront where the store is present and the apps are not
		Path jobs = TestJobs.copyTo(this.dir, """
				name: nightly
				stores:
				  apple:
				    countries: [us, gb]
				    discovery: [identifiers]
				    canary: "%s"
				""".formatted(AppleResponses.CANARY_ID));
		this.reports = this.dir.resolve("reports");
		this.cli = new Cli("--spring.datasource.url=" + TestDatabase.newDatabase(),
				"--delist.stores.apple.base-url=" + this.apple.baseUrl(), "--delist.jobs.dir=" + jobs,
				"--delist.report.dir=" + this.reports, "--delist.http.initial-backoff=5ms",
				"--delist.stores.apple.requests-per-minute=6000");
	}

	@AfterEach
	void tearDown() {
		this.apple.stop();
	}

	@Test
	void shouldReportExactIdentifierMatchesAsCandidates() throws Exception {
		// given: in the us storefront Apple knows the banned app, by id and by bundle id; gb knows nothing
		stubAppleStorefronts();

		// when
		Cli.Result result = this.cli.run("run", "--date", "2026-11-29");

		// then
		assertThat(result.exitCode()).as(result.toString()).isZero();
		Path runDir = onlyRunDir("2026-11-29");
		JsonNode report = JSON.readTree(runDir.resolve("apple/report.json").toFile());
		assertThat(ReportSchema.violations(report.toString())).isEmpty();
		assertThat(report.get("run").get("status").asString()).isEqualTo("COMPLETE");
		JsonNode health = report.get("health");
		// four listed identifiers and the canary in each of two storefronts; the canary in a request of its own
		assertThat(health.get("targets").asLong()).isEqualTo(10);
		assertThat(health.get("fetched").asLong()).isEqualTo(4);
		assertThat(health.get("notFound").asLong()).isEqualTo(6);
		assertThat(health.get("requests").asLong()).isEqualTo(6);
		assertThat(report.get("candidates")).hasSize(1);
		JsonNode candidate = report.get("candidates").get(0);
		assertThat(candidate.get("appId").asString()).isEqualTo("111111111");
		assertThat(candidate.get("country").asString()).isEqualTo("us");
		assertThat(candidate.get("tier").asString()).isEqualTo("CONFIRMED");
		assertThat(candidate.get("change").asString()).isEqualTo("NEW");
		assertThat(candidate.get("entry").get("entryId").asString()).isEqualTo("banned-app");
		assertThat(candidate.get("entry").get("inForce").asBoolean()).isTrue();
		assertThat(candidate.get("reasons").findValuesAsString("code")).containsExactlyInAnyOrder("STORE_ID",
				"BUNDLE_ID_EXACT");
		assertThat(report.get("lists").get(0).get("inForceOnRunDate").asBoolean()).isTrue();
		List<String> csv = Files.readAllLines(runDir.resolve("apple/candidates.csv"), StandardCharsets.UTF_8);
		assertThat(csv).hasSize(2);
		assertThat(csv.get(0)).startsWith("\"id\",\"tier\"");
		assertThat(csv.get(1)).contains("\"111111111\"", "\"banned-app\"", "\"'=HYPERLINK(\"\"http://evil\"\")");
		String html = Files.readString(runDir.resolve("apple/report.html"));
		assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
		JsonNode summary = JSON.readTree(runDir.resolve("summary.json").toFile());
		assertThat(summary.get("status").asString()).isEqualTo("COMPLETE");
		assertThat(summary.get("stores").get("apple").get("files").get("report.json").asString())
			.endsWith("report.json");
	}

	@Test
	void shouldMakeASecondRunForTheSameDateANewRunDiffedAgainstTheFirst() throws Exception {
		// given
		stubAppleStorefronts();
		Cli.Result first = this.cli.run("run", "--date", "2026-11-29");
		assertThat(first.exitCode()).as(first.toString()).isZero();

		// when
		Cli.Result second = this.cli.run("run", "--date", "2026-11-29");

		// then
		assertThat(second.exitCode()).as(second.toString()).isZero();
		List<Path> runs = runDirs("2026-11-29");
		assertThat(runs).hasSize(2);
		JsonNode firstReport = JSON.readTree(runs.get(0).resolve("apple/report.json").toFile());
		JsonNode secondReport = JSON.readTree(runs.get(1).resolve("apple/report.json").toFile());
		long firstExecution = firstReport.get("run").get("executionId").asLong();
		assertThat(secondReport.get("run").get("executionId").asLong()).isNotEqualTo(firstExecution);
		assertThat(secondReport.get("run").get("previousExecutionId").asLong()).isEqualTo(firstExecution);
		JsonNode candidate = secondReport.get("candidates").get(0);
		assertThat(candidate.get("change").asString()).isEqualTo("UNCHANGED");
		assertThat(candidate.get("firstSeenExecutionId").asLong()).isEqualTo(firstExecution);
		assertThat(candidate.get("id").asString())
			.isEqualTo(firstReport.get("candidates").get(0).get("id").asString());
	}

	@Test
	void shouldEndIncompleteNamingTheHostWhenTheStoreIsUnreachable() throws Exception {
		// given: nothing listens where Apple should be
		this.apple.stop();

		// when
		Cli.Result result = this.cli.run("run", "--date", "2026-11-29");

		// then
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(3);
		assertThat(result.err()).contains("INCOMPLETE", "localhost", "10 of 10 targets could not be checked")
			.doesNotContain("Exception:\n", "\tat ");
		JsonNode summary = JSON.readTree(onlyRunDir("2026-11-29").resolve("summary.json").toFile());
		assertThat(summary.get("status").asString()).isEqualTo("INCOMPLETE");
		JsonNode health = summary.get("stores").get("apple").get("health");
		assertThat(health.get("fetchErrors").asLong()).isEqualTo(10);
		assertThat(health.get("gate").asString()).isEqualTo("FAILED");
		assertThat(health.get("reasons").toString()).contains("localhost", "unreachable");
		String html = Files.readString(onlyRunDir("2026-11-29").resolve("apple/report.html"));
		assertThat(html).contains("INCOMPLETE: do not read this report as");
	}

	private void stubAppleStorefronts() {
		String banned = AppleResponses.app(111111111L, "com.example.banned", HOSTILE_TITLE, "Example Dev",
				"Example Holdings Co., Ltd.");
		this.apple.stubFor(get(urlPathEqualTo("/lookup")).willReturn(okJson(AppleResponses.none())));
		AppleResponses.stubCanary(this.apple);
		this.apple.stubFor(get(urlPathEqualTo("/lookup")).withQueryParam("country", equalTo("us"))
			.withQueryParam("id", equalTo("111111111,222222222"))
			.willReturn(okJson(AppleResponses.results(banned))));
		this.apple.stubFor(get(urlPathEqualTo("/lookup")).withQueryParam("country", equalTo("us"))
			.withQueryParam("bundleId", equalTo("com.example.banned,com.example.other"))
			.willReturn(aResponse().withHeader("Content-Type", "text/javascript; charset=utf-8")
				.withBody(AppleResponses.results(banned))));
	}

	private Path onlyRunDir(String date) throws Exception {
		List<Path> runs = runDirs(date);
		assertThat(runs).hasSize(1);
		return runs.get(0);
	}

	private List<Path> runDirs(String date) throws Exception {
		try (var stream = Files.list(this.reports.resolve(date))) {
			return stream.sorted((a, b) -> Long.compare(executionOf(a), executionOf(b))).toList();
		}
	}

	private static long executionOf(Path runDir) {
		return Long.parseLong(runDir.getFileName().toString().substring("run-".length()));
	}

	void assertRequested(int times, String country) {
		this.apple.verify(times, getRequestedFor(urlPathEqualTo("/lookup")).withQueryParam("country", equalTo(country)));
	}

}
