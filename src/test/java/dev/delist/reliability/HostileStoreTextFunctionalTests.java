package dev.delist.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.delist.support.AppleResponses;
import dev.delist.support.Cli;
import dev.delist.support.PlayPages;
import dev.delist.support.WholeRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole runs against stores whose answers carry NUL and other control characters (PostgreSQL refuses NUL in
 * text and jsonb): the run ends as it would with clean text, stores the cleaned text, and its evidence notes
 * which fields the store sent dirty.
 */
class HostileStoreTextFunctionalTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@RegisterExtension
	final WholeRun run = new WholeRun();

	Path dir;

	WireMockServer apple;

	WireMockServer play;

	Cli cli;

	@BeforeEach
	void setUp() throws Exception {
		this.dir = this.run.dir();
		this.apple = this.run.apple();
		this.play = this.run.play();
		this.run.nightly("""
				name: nightly
				stores:
				  apple:
				    countries: [us]
				    discovery: [identifiers]
				  google-play:
				    countries: [us]
				    discovery: [identifiers]
				""");
		this.cli = this.run.cli("--delist.http.max-attempts=1");
		this.play.stubFor(get(urlPathEqualTo("/robots.txt")).willReturn(notFound()));
	}

	@Test
	void shouldCompleteAndStoreTheCleanedTextWhenStoresSendNulBytes() throws Exception {
		// given: the banned app, with a NUL in its developer (the case) and control characters in its title
		String banned = AppleResponses.BANNED_APP.replace("\"artistName\":\"Banned Dev\"", "\"artistName\":\"Banned\\u0000 Dev\"")
			.replace("\"trackName\":\"Banned App\"", "\"trackName\":\"Banned\\u0007 App\\u0000\\u009b\"");
		assertThat(banned).isNotEqualTo(AppleResponses.BANNED_APP);
		this.apple.stubFor(get(urlPathEqualTo("/lookup")).willReturn(okJson(AppleResponses.results(banned))));
		String page = PlayPages.details("com.example.banned.android");
		assertThat(page).contains("\"Routed Example\"");
		this.play.stubFor(get(urlPathEqualTo("/store/apps/details"))
			.willReturn(ok(page.replace("\"Routed Example\"", "\"Routed\\u0000 Example\""))));

		// when
		Cli.Result result = this.cli.run("run", "--date", "2026-11-29");

		// then: as complete as with clean text, not FAILED on every restart
		assertThat(result.exitCode()).as(result.toString()).isZero();
		JsonNode summary = summary();
		assertThat(summary.at("/status").asString()).isEqualTo("COMPLETE");
		assertThat(this.run.query("SELECT store || '|' || title || '|' || developer_name || '|' || (listing->'sanitized')::text "
				+ "FROM listing_snapshot ORDER BY store")).containsExactly(
						"apple|Banned App|Banned Dev|[\"title\", \"developerName\"]",
						"google-play|Routed Example|Example Dev|[\"title\"]");
		JsonNode candidate = report("apple").get("candidates").get(0);
		assertThat(candidate.get("title").asString()).isEqualTo("Banned App");
		assertThat(candidate.get("developerName").asString()).isEqualTo("Banned Dev");
		assertThat(report("google-play").get("candidates").findValuesAsString("appId"))
			.containsExactly("com.example.banned.android");
	}

	@Test
	void shouldStoreACleanedFailureDetailWhenAnErrorAnswerCarriesANul() throws Exception {
		// given: Apple refuses with an error message holding a NUL; Play answers cleanly
		this.apple.stubFor(get(urlPathEqualTo("/lookup"))
			.willReturn(okJson("{\"errorMessage\":\"Invalid\\u0000 value\\u001b[2J\"}")));
		this.play.stubFor(get(urlPathEqualTo("/store/apps/details"))
			.willReturn(ok(PlayPages.details("com.example.banned.android"))));

		// when
		Cli.Result result = this.cli.run("run", "--date", "2026-11-29");

		// then: INCOMPLETE for the failed requests (exit 3), not a failed run (exit 1); the detail is stored
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(3);
		assertThat(summary().at("/stores/apple/health/fetchErrors").asLong()).isPositive();
		assertThat(this.run.query("SELECT DISTINCT detail FROM fetch_target WHERE store = 'apple'"))
			.containsExactly("HTTP 200: Apple answered: Invalid value[2J");
	}

	private JsonNode summary() throws Exception {
		return JSON.readTree(runDir().resolve("summary.json").toFile());
	}

	private JsonNode report(String store) throws Exception {
		return JSON.readTree(runDir().resolve(store).resolve("report.json").toFile());
	}

	private Path runDir() throws Exception {
		try (Stream<Path> runs = Files.list(this.dir.resolve("reports/2026-11-29"))) {
			return runs.findFirst().orElseThrow();
		}
	}

}
