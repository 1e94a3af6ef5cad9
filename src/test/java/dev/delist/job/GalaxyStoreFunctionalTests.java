package dev.delist.job;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.delist.support.Cli;
import dev.delist.support.ReportSchema;
import dev.delist.support.WholeRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Galaxy Store end to end: the command line, embedded PostgreSQL, the store played by WireMock, report files.
 * The test list names com.example.banned.android; the job screens it in us and in.
 */
class GalaxyStoreFunctionalTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String BANNED = "/api/detail/com.example.banned.android";

	private static final String HOSTILE_TITLE = "=HYPERLINK(\"http://evil\")<script>alert(1)</script>";

	@RegisterExtension
	final WholeRun run = new WholeRun();

	Path dir;

	WireMockServer galaxy;

	String database;

	Path jobs;

	Path reports;

	Cli cli;

	@BeforeEach
	void setUp() throws Exception {
		this.dir = this.run.dir();
		this.galaxy = this.run.galaxy();
		this.galaxy.stubFor(get(urlPathEqualTo("/robots.txt")).willReturn(notFound()));
		// the canary proves the store answers in each storefront (else "every target not found" is not clean)
		for (String storefront : new String[] { "USA", "IND" }) {
			this.galaxy.stubFor(get(urlPathEqualTo("/api/detail/org.example.canary"))
				.withQueryParam("cntyCd", equalTo(storefront))
				.willReturn(okJson(canary(storefront))));
		}
		this.jobs = this.run.nightly("""
				name: nightly
				stores:
				  galaxy-store:
				    countries: [us, in]
				    discovery: [identifiers]
				    canary: org.example.canary
				gate:
				  maxErrorRate: 0.0
				""");
		this.database = this.run.database();
		this.reports = this.dir.resolve("reports");
		this.cli = this.run.cli();
	}

	@Test
	void shouldReportAMatchThenTheStoresSuspensionAsDelistedThenAnErrorCodeAsIncomplete() throws Exception {
		// given: the banned package is listed in the USA storefront and not registered in India's
		answer("USA", detail("USA"));
		answer("IND", "{\"errCode\":\"9900\",\"errMsg\":\"this content is not registered at store\"}");

		// when
		Cli.Result first = this.cli.run("run", "--date", "2026-11-28");

		// then: a confirmed candidate, with the seller and trader, in a valid report
		assertThat(first.exitCode()).as(first.toString()).isZero();
		Path firstRun = onlyRunDir("2026-11-28");
		JsonNode report = JSON.readTree(firstRun.resolve("galaxy-store/report.json").toFile());
		assertThat(ReportSchema.violations(report.toString())).isEmpty();
		assertThat(report.get("store").asString()).isEqualTo("galaxy-store");
		assertThat(report.get("run").get("status").asString()).isEqualTo("COMPLETE");
		assertThat(report.get("run").get("countries").toString()).isEqualTo("[\"us\",\"in\"]");
		JsonNode health = report.get("health");
		// the banned package and the canary in each storefront
		assertThat(health.get("targets").asLong()).isEqualTo(4);
		assertThat(health.get("fetched").asLong()).isEqualTo(3);
		assertThat(health.get("notFound").asLong()).isEqualTo(1);
		assertThat(health.get("requests").asLong()).isEqualTo(5); // robots.txt and four details
		JsonNode candidate = report.get("candidates").get(0);
		assertThat(report.get("candidates")).hasSize(1);
		assertThat(candidate.get("country").asString()).isEqualTo("us");
		assertThat(candidate.get("appId").asString()).isEqualTo("com.example.banned.android");
		assertThat(candidate.get("tier").asString()).isEqualTo("CONFIRMED");
		assertThat(candidate.get("developerName").asString()).isEqualTo("Example Dev");
		assertThat(candidate.get("developerId").asString()).isEqualTo("abcd1234ef");
		assertThat(candidate.get("legalName").asString()).isEqualTo("Example Holdings");
		assertThat(candidate.get("url").asString())
			.isEqualTo("https://galaxystore.samsung.com/detail/com.example.banned.android");
		assertThat(candidate.get("reasons").findValuesAsString("code")).contains("APP_ID_EXACT");
		assertThat(Files.readString(firstRun.resolve("galaxy-store/candidates.csv")))
			.contains("\"galaxy-store\"", "\"'=HYPERLINK(");
		assertThat(Files.readString(firstRun.resolve("galaxy-store/report.html")))
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>alert(1)");
		JsonNode summary = JSON.readTree(firstRun.resolve("summary.json").toFile());
		assertThat(summary.get("stores").get("galaxy-store").get("status").asString()).isEqualTo("COMPLETE");
		assertThat(strings("SELECT listing->'trader'->>'sellerNumber' FROM listing_snapshot")).containsExactly("IN1234567");
		this.galaxy.verify(2, getRequestedFor(urlPathEqualTo(BANNED)).withHeader("Referer",
				equalTo(this.galaxy.baseUrl() + "/")));

		// given: the store has since suspended it
		answer("USA", "{\"errCode\":\"9901\",\"errMsg\":\"this content is suspended or terminated\"}");

		// when
		Cli.Result second = this.cli.run("run", "--date", "2026-11-29");

		// then: no candidate, and the previous one resolved as DELISTED because the store said so
		assertThat(second.exitCode()).as(second.toString()).isZero();
		Path secondRun = onlyRunDir("2026-11-29");
		JsonNode delisted = JSON.readTree(secondRun.resolve("galaxy-store/report.json").toFile());
		assertThat(ReportSchema.violations(delisted.toString())).isEmpty();
		assertThat(delisted.get("candidates")).isEmpty();
		assertThat(delisted.get("health").get("notFound").asLong()).isEqualTo(2);
		JsonNode resolved = delisted.get("resolved").get(0);
		assertThat(delisted.get("resolved")).hasSize(1);
		assertThat(resolved.get("appId").asString()).isEqualTo("com.example.banned.android");
		assertThat(resolved.get("country").asString()).isEqualTo("us");
		assertThat(resolved.get("why").asString()).isEqualTo("DELISTED");
		assertThat(resolved.get("removal").asString()).contains("suspended or terminated by the store", "9901");
		assertThat(Files.readString(secondRun.resolve("galaxy-store/report.html")))
			.contains("DELISTED: suspended or terminated by the store in the USA storefront");
		assertThat(strings("SELECT outcome FROM fetch_target WHERE country = 'us' AND NOT canary ORDER BY id"))
			.containsExactly("FETCHED", "REMOVED");

		// given: another error code
		answer("USA", "{\"errCode\":\"E4002\",\"errMsg\":\"not available\"}");

		// when
		Cli.Result third = this.cli.run("run", "--date", "2026-11-30");

		// then: the run could not look, so it is INCOMPLETE, naming the answer
		assertThat(third.exitCode()).as(third.toString()).isEqualTo(3);
		assertThat(third.err()).contains("INCOMPLETE", "errCode E4002").doesNotContain("\tat ");
		JsonNode incomplete = JSON.readTree(onlyRunDir("2026-11-30").resolve("galaxy-store/report.json").toFile());
		assertThat(ReportSchema.violations(incomplete.toString())).isEmpty();
		assertThat(incomplete.get("run").get("status").asString()).isEqualTo("INCOMPLETE");
		assertThat(incomplete.get("health").get("fetchErrors").asLong()).isEqualTo(1);
		assertThat(incomplete.get("health").get("reasons").toString()).contains("errCode E4002");
	}

	@Test
	void shouldRefuseAnUnknownStoreOnTheCommandLineNamingTheKnownOnes() throws Exception {
		Cli.Result result = this.cli.run("run", "--stores", "galaxy");

		assertRefused(result, "delist: --stores: unknown store 'galaxy' (known: apple, google-play, galaxy-store)");
	}

	@Test
	void shouldRefuseACountryWithoutAGalaxyStorefrontCodeOnTheCommandLine() throws Exception {
		Cli.Result result = this.cli.run("run", "--countries", "uk");

		assertRefused(result, "delist: --countries: 'uk' has no galaxy-store storefront code (ISO 3166 alpha-3)");
	}

	@Test
	void shouldRefuseACountryWithoutAGalaxyStorefrontCodeInTheJobFile() throws Exception {
		Files.writeString(this.jobs.resolve("nightly.yaml"),
				"name: nightly\nstores:\n  galaxy-store:\n    countries: [us, uk]\n    discovery: [identifiers]\n");

		Cli.Result result = this.cli.run("run");

		assertRefused(result, "delist: " + this.jobs.resolve("nightly.yaml")
				+ ":4: stores.galaxy-store.countries[1]: 'uk' has no galaxy-store storefront code");
	}

	@Test
	void shouldRefuseASearchTheGalaxyStoreCannotAnswer() throws Exception {
		Files.writeString(this.jobs.resolve("nightly.yaml"),
				"name: nightly\nstores:\n  galaxy-store:\n    countries: [us]\n    discovery: [identifiers, search]\n");

		Cli.Result result = this.cli.run("run");

		assertRefused(result, "delist: " + this.jobs.resolve("nightly.yaml")
				+ ":5: stores.galaxy-store.discovery[1]: galaxy-store has no verified search endpoint");
	}

	private void assertRefused(Cli.Result result, String messageStart) throws Exception {
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
		assertThat(result.err()).startsWith(messageStart);
		assertThat(result.err().strip()).doesNotContain("\n");
		assertThat(strings("SELECT count(*) FROM batch_job_instance")).containsExactly("0");
		this.galaxy.verify(0, getRequestedFor(urlPathEqualTo(BANNED)));
	}

	private void answer(String storefront, String body) {
		this.galaxy.stubFor(get(urlPathEqualTo(BANNED)).withQueryParam("cntyCd", equalTo(storefront))
			.willReturn(okJson(body)));
	}

	private static String canary(String storefront) {
		try {
			return detail(storefront).replace("com.example.banned.android", "org.example.canary");
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** Our own small detail answer, made the banned package's in one storefront. */
	private static String detail(String storefront) throws IOException {
		try (InputStream in = GalaxyStoreFunctionalTests.class.getResourceAsStream("/store/galaxy/detail.json")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("org.example.galaxy",
					"com.example.banned.android")
				.replace("\"IND\"", "\"" + storefront + "\"")
				.replace("Example <b>Galaxy</b> App", HOSTILE_TITLE.replace("\"", "\\\""));
		}
	}

	private Path onlyRunDir(String date) throws IOException {
		try (var stream = Files.list(this.reports.resolve(date))) {
			List<Path> runs = stream.toList();
			assertThat(runs).hasSize(1);
			return runs.get(0);
		}
	}

	private List<String> strings(String sql) throws Exception {
		try (Connection connection = DriverManager.getConnection(this.database);
				ResultSet result = connection.createStatement().executeQuery(sql)) {
			List<String> values = new java.util.ArrayList<>();
			while (result.next()) {
				values.add(result.getString(1));
			}
			return values;
		}
	}

}
