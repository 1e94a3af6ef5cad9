package dev.delist.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.delist.support.AppleResponses;
import dev.delist.support.Cli;
import dev.delist.support.ReportSchema;
import dev.delist.support.WholeRun;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A list binds in its jurisdiction only: a run over us and gb with a list that binds in us finds the listed app in
 * both storefronts, but only the us match is a takedown candidate; the gb one is reported apart, as matched
 * outside the list's jurisdiction, and a title-only clone is for review. The summary counts takedown candidates.
 */
class JurisdictionFunctionalTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@RegisterExtension
	final WholeRun run = new WholeRun();

	Path dir;

	WireMockServer apple;

	Cli cli;

	@BeforeEach
	void setUp() throws Exception {
		this.dir = this.run.dir();
		this.apple = this.run.apple();
		Path jobs = this.run.nightly("""
				name: nightly
				stores:
				  apple:
				    countries: [us, gb]
				    discovery: [identifiers, search]
				""");
		Path list = jobs.resolve("lists/test-apps.yaml");
		Files.writeString(list, Files.readString(list).replace("jurisdiction: [us, gb]", "jurisdiction: [us]")
			.replace("entries:\n", "entriesComplete: false\nentries:\n"));
		this.cli = this.run.cli();
		this.apple.stubFor(get(urlPathEqualTo("/lookup")).willReturn(okJson(AppleResponses.results(
				AppleResponses.BANNED_APP))));
		this.run.clone(AppleResponses.CLONE_TITLE);
	}

	@Test
	void shouldMakeTakedownCandidatesOnlyWhereTheListBinds() throws Exception {
		// when
		Cli.Result result = this.cli.run("run", "--date", "2026-11-29");

		// then
		assertThat(result.exitCode()).as(result.toString()).isZero();
		Path run = runDir();
		String json = Files.readString(run.resolve("apple/report.json"));
		assertThat(ReportSchema.violations(json)).isEmpty();
		JsonNode report = JSON.readTree(json);
		List<String> rows = new ArrayList<>();
		for (JsonNode c : report.get("candidates")) {
			assertThat(c.at("/entry/jurisdiction").toString()).isEqualTo("[\"us\"]");
			rows.add(c.get("country").asString() + " " + c.get("appId").asString() + " " + c.get("tier").asString() + " "
					+ c.get("takedownCandidate").asBoolean());
		}
		assertThat(rows).containsExactlyInAnyOrder("us 111111111 CONFIRMED true", "gb 111111111 CONFIRMED false",
				"us 333333333 POSSIBLE false", "gb 333333333 POSSIBLE false");
		assertThat(report.at("/lists/0/jurisdiction").toString()).isEqualTo("[\"us\"]");
		assertThat(report.at("/lists/0/entriesComplete").asBoolean()).isFalse();

		JsonNode summary = JSON.readTree(run.resolve("summary.json").toFile());
		assertThat(summary.at("/stores/apple/takedownCandidates").asLong()).isEqualTo(1);
		assertThat(summary.at("/stores/apple/notInForce").asLong()).isEqualTo(3);
		assertThat(summary.at("/stores/apple/candidatesByTier").toString()).isEqualTo("{\"CONFIRMED\":1}");

		List<String> csv = Files.readAllLines(run.resolve("apple/candidates.csv"));
		assertThat(csv).hasSize(5);
		assertThat(csv.stream().filter((line) -> line.contains("\"111111111\"") && line.contains(",\"true\","))).hasSize(1);

		Document html = Jsoup.parse(run.resolve("apple/report.html").toFile());
		assertThat(html.select("h2").eachText()).contains("Takedown candidates (1)", "Matches for review (1)",
				"Matched outside the list's jurisdiction (2)",
				"Matches against lists not in force on the run date (0)");
		assertThat(html.select("#candidates-table tbody tr")).singleElement()
			.satisfies((row) -> assertThat(row.select("td.storefronts").text()).isEqualTo("us"));
		assertThat(html.select("#outside-jurisdiction-table tbody tr")).hasSize(2)
			.allSatisfy((row) -> assertThat(row.select("td.storefronts").text()).isEqualTo("gb"));
		assertThat(html.select("table.lists td").eachText()).contains("us")
			.anySatisfy((cell) -> assertThat(cell).startsWith("incomplete"));
		assertThat(html.select("table.storefronts tbody tr").eachText()).containsExactly("gb 0 0 2 0", "us 1 1 0 0");
	}

	private Path runDir() throws Exception {
		try (Stream<Path> runs = Files.list(this.dir.resolve("reports").resolve("2026-11-29"))) {
			List<Path> dirs = runs.toList();
			assertThat(dirs).hasSize(1);
			return dirs.get(0);
		}
	}

}
