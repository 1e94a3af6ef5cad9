package dev.delist.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-off export end to end: a real run over Apple (us, gb) and Google Play (us), reviewers' decisions
 * imported as an operator does, then {@code delist review export}: which candidates it holds (confirmed takedown
 * candidates only, by the decision in force), every field of a row against the run's report and the database,
 * the store and date filters, and hostile store and reviewer text kept inert in CSV and exact in JSON.
 */
class TakedownExportFunctionalTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String HEADER = "country,store,appId,listId,entryId,decision,reason,reviewer\n";

	@RegisterExtension
	final WholeRun run = new WholeRun();

	Path dir;

	WireMockServer apple;

	Cli cli;

	@BeforeEach
	void setUp() throws Exception {
		this.dir = this.run.dir();
		this.apple = this.run.apple();
		this.run.nightly("""
				name: nightly
				stores:
				  apple:
				    countries: [us, gb]
				    discovery: [identifiers]
				  google-play:
				    countries: [us]
				    discovery: [identifiers]
				""");
		this.cli = this.run.cli("--delist.http.max-attempts=1");
		WireMockServer play = this.run.play();
		play.stubFor(get(urlPathEqualTo("/robots.txt")).willReturn(notFound()));
		play.stubFor(get(urlPathEqualTo("/store/apps/details"))
			.willReturn(ok(PlayPages.details("com.example.banned.android"))));
	}

	@Test
	void shouldExportAConfirmedTakedownWithItsListingLawEvidenceAndReviewer() throws Exception {
		// given: a run that finds the banned app in apple us and gb and in google-play us; apple us confirmed
		stubApple(AppleResponses.BANNED_APP);
		runNightly();
		importDecisions(HEADER + "us,apple,111111111,test-apps,banned-app,CONFIRMED,listed App Store id,bob\n");

		// when
		Cli.Result export = this.cli.run("review", "export", "--format", "json");

		// then: one takedown, every field as the run's report and the database hold it
		assertThat(export.exitCode()).as(export.toString()).isZero();
		assertThat(export.err()).isEmpty();
		JsonNode document = JSON.readTree(export.out());
		assertThat(document.get("store").isNull()).isTrue();
		assertThat(document.get("from").isNull()).isTrue();
		assertThat(document.get("to").isNull()).isTrue();
		assertThat(document.get("count").asLong()).isEqualTo(1);
		assertThat(document.get("takedowns")).hasSize(1);
		JsonNode takedown = document.at("/takedowns/0");
		JsonNode reported = reportCandidate("apple", "us");
		assertThat(takedown.get("candidateId").asString()).isEqualTo(reported.get("id").asString());
		assertThat(takedown.get("store").asString()).isEqualTo("apple");
		assertThat(takedown.get("country").asString()).isEqualTo("us");
		assertThat(takedown.get("appId").asString()).isEqualTo("111111111");
		assertThat(takedown.get("bundleId").asString()).isEqualTo("com.example.banned");
		assertThat(takedown.get("title").asString()).isEqualTo("Banned App");
		assertThat(takedown.get("developerName").asString()).isEqualTo("Banned Dev");
		assertThat(takedown.get("legalName").asString()).isEqualTo("Banned Ltd");
		assertThat(takedown.get("url").asString()).isEqualTo(reported.get("url").asString())
			.isEqualTo("https://apps.apple.com/us/app/id111111111");
		assertThat(takedown.at("/list/listId").asString()).isEqualTo("test-apps");
		assertThat(takedown.at("/list/title").asString()).isEqualTo("Test prohibited apps");
		assertThat(takedown.at("/list/version").asString()).isEqualTo("1");
		assertThat(takedown.at("/list/authority").asString()).isEqualTo("Test Order 1");
		assertThat(takedown.at("/list/citation").asString()).isEqualTo("1 TR 1");
		assertThat(takedown.at("/list/status").asString()).isEqualTo(listInfo().get("status").asString());
		assertThat(takedown.at("/list/sha256").asString()).isEqualTo(listInfo().get("sha256").asString());
		assertThat(takedown.at("/list/jurisdiction").valueStream().map(JsonNode::asString)).containsExactly("us", "gb");
		assertThat(takedown.at("/entry/entryId").asString()).isEqualTo("banned-app");
		assertThat(takedown.at("/entry/name").asString()).isEqualTo("Banned App");
		assertThat(takedown.at("/entry/level").asString()).isEqualTo("APP");
		assertThat(takedown.at("/evidence/tier").asString()).isEqualTo(reported.get("tier").asString())
			.isEqualTo("CONFIRMED");
		assertThat(takedown.at("/evidence/score").asDouble()).isEqualTo(reported.get("score").asDouble());
		assertThat(takedown.at("/evidence/reasons")).isEqualTo(reported.get("reasons"));
		assertThat(takedown.at("/evidence/reasons").findValuesAsString("listingValue")).contains("111111111");
		assertThat(takedown.at("/evidence/fetchedAt").asString()).isEqualTo(reported.get("fetchedAt").asString());
		assertThat(takedown.at("/evidence/runId").asLong()).isEqualTo(1);
		List<String> decided = rows("SELECT evidence_sha256 || '|' || id || '|' || imported_at FROM disposition");
		assertThat(decided).hasSize(1);
		String[] decision = decided.get(0).split("\\|");
		assertThat(takedown.at("/evidence/evidenceSha256").asString()).isEqualTo(decision[0]).hasSize(64);
		assertThat(takedown.at("/confirmation/decisionId").asLong()).isEqualTo(Long.parseLong(decision[1]));
		assertThat(takedown.at("/confirmation/confirmedBy").asString()).isEqualTo("bob");
		assertThat(takedown.at("/confirmation/reason").asString()).isEqualTo("listed App Store id");
		assertThat(Instant.parse(takedown.at("/confirmation/confirmedAt").asString()))
			.isBetween(Instant.now().minusSeconds(600), Instant.now());
		assertThat(takedown.at("/confirmation/source").asString()).endsWith("decisions.csv:2");

		// and: the CSV has the same row, one cell per header column
		Cli.Result csv = this.cli.run("review", "export");
		assertThat(csv.exitCode()).as(csv.toString()).isZero();
		List<Map<String, String>> rows = csv(csv.out());
		assertThat(rows).hasSize(1);
		Map<String, String> row = rows.get(0);
		assertThat(row.keySet()).containsExactly(TakedownCsv.HEADER);
		assertThat(row).containsEntry("store", "apple")
			.containsEntry("country", "us")
			.containsEntry("appId", "111111111")
			.containsEntry("title", "Banned App")
			.containsEntry("developerName", "Banned Dev")
			.containsEntry("legalName", "Banned Ltd")
			.containsEntry("url", "https://apps.apple.com/us/app/id111111111")
			.containsEntry("listId", "test-apps")
			.containsEntry("entryId", "banned-app")
			.containsEntry("entryName", "Banned App")
			.containsEntry("authority", "Test Order 1")
			.containsEntry("citation", "1 TR 1")
			.containsEntry("jurisdiction", "us gb")
			.containsEntry("tier", "CONFIRMED")
			.containsEntry("evidenceSha256", decision[0])
			.containsEntry("fetchedAt", reported.get("fetchedAt").asString())
			.containsEntry("candidateId", reported.get("id").asString())
			.containsEntry("confirmedBy", "bob")
			.containsEntry("confirmedAt", takedown.at("/confirmation/confirmedAt").asString())
			.containsEntry("reason", "listed App Store id");
		assertThat(row.get("reasons")).startsWith(reported.at("/reasons/0/code").asString() + " ")
			.contains("111111111");
	}

	@Test
	void shouldExportOnlyConfirmedTakedownCandidatesByTheDecisionInForce() throws Exception {
		// given: the list binds in us only, so the apple gb match is no takedown candidate
		Path list = this.run.jobs().resolve("lists/test-apps.yaml");
		Files.writeString(list, Files.readString(list).replace("jurisdiction: [us, gb]", "jurisdiction: [us]"));
		stubApple(AppleResponses.BANNED_APP);
		runNightly();
		assertThat(reportCandidate("apple", "gb").get("takedownCandidate").asBoolean()).isFalse();
		importDecisions(HEADER + "us,apple,111111111,test-apps,banned-app,CONFIRMED,listed id,bob\n"
				+ "gb,apple,111111111,test-apps,banned-app,CONFIRMED,listed id,bob\n"
				+ "us,google-play,com.example.banned.android,test-apps,banned-app,DISMISSED,another app,ann\n");

		// then: the confirmed us takedown only; not gb (outside the jurisdiction), not the dismissed one
		assertThat(exported()).containsExactly("apple us 111111111");

		// when: a later decision overrules the confirmation, and the dismissed one is confirmed after all
		importDecisions(HEADER + "us,apple,111111111,test-apps,banned-app,DISMISSED,wrong storefront,carol\n"
				+ "us,google-play,com.example.banned.android,test-apps,banned-app,CONFIRMED,it is the app,dan\n");

		// then
		assertThat(exported()).containsExactly("google-play us com.example.banned.android");
	}

	@Test
	void shouldFilterByStoreAndDecisionDateBothDaysIncluded() throws Exception {
		// given: three confirmations, decided on three days (UTC)
		stubApple(AppleResponses.BANNED_APP);
		runNightly();
		importDecisions(HEADER + ",apple,111111111,test-apps,banned-app,CONFIRMED,listed id,bob\n"
				+ "us,google-play,com.example.banned.android,test-apps,banned-app,CONFIRMED,listed package,ann\n");
		decidedAt("apple", "us", "2026-12-01T00:00:00Z");
		decidedAt("apple", "gb", "2026-12-02T23:59:59Z");
		decidedAt("google-play", "us", "2026-12-03T00:00:00Z");

		// then: oldest decision first
		assertThat(exported()).containsExactly("apple us 111111111", "apple gb 111111111",
				"google-play us com.example.banned.android");
		assertThat(exported("--store", "apple")).containsExactly("apple us 111111111", "apple gb 111111111");
		assertThat(exported("--store", "google-play")).containsExactly("google-play us com.example.banned.android");
		assertThat(exported("--from", "2026-12-02")).containsExactly("apple gb 111111111",
				"google-play us com.example.banned.android");
		assertThat(exported("--to", "2026-12-02")).containsExactly("apple us 111111111", "apple gb 111111111");
		assertThat(exported("--from", "2026-12-02", "--to", "2026-12-02")).containsExactly("apple gb 111111111");
		assertThat(exported("--from", "2026-12-01", "--to", "2026-12-01")).containsExactly("apple us 111111111");
		assertThat(exported("--store", "apple", "--from", "2026-12-03")).isEmpty();
		// one storefront, for the team that acts there
		assertThat(exported("--country", "gb")).containsExactly("apple gb 111111111");
		assertThat(exported("--country", "US")).containsExactly("apple us 111111111",
				"google-play us com.example.banned.android");
		assertThat(exported("--country", "us", "--store", "google-play", "--to", "2026-12-02")).isEmpty();
		assertThat(exported("--country", "in")).isEmpty();

		// and: the JSON head says what was asked; an empty selection is an empty array, not an error
		Cli.Result empty = this.cli.run("review", "export", "--format", "JSON", "--store", "apple", "--from",
				"2026-12-03", "--to", "2026-12-31");
		assertThat(empty.exitCode()).as(empty.toString()).isZero();
		assertThat(JSON.readTree(empty.out())).isEqualTo(JSON.readTree("""
				{"store":"apple","country":null,"from":"2026-12-03","to":"2026-12-31","takedowns":[],"count":0}"""));
		Cli.Result emptyCsv = this.cli.run("review", "export", "--store", "apple", "--from", "2026-12-03");
		assertThat(emptyCsv.out()).isEqualTo(String.join(",", quoted(TakedownCsv.HEADER)) + "\r\n");
	}

	@Test
	void shouldKeepHostileTextInertInCsvAndExactInJson() throws Exception {
		// given: a title built to run in a spreadsheet, quotes in it; a reviewer's reason with a formula and lines
		String title = "=HYPERLINK(\"http://evil.example/x?a=1\",\"Banned App\")";
		stubApple(AppleResponses.app(111111111L, "com.example.banned", title, "@SUM(1+1)", "+Banned \"Ltd\""));
		runNightly();
		String reason = "=cmd|' /C calc'!A0\nsecond line, with \"quotes\"";
		importDecisions(HEADER + "us,apple,111111111,test-apps,banned-app,CONFIRMED,\"" + reason.replace("\"", "\"\"")
				+ "\",bob\n");
		Path csvFile = this.dir.resolve("takedowns.csv");
		Path jsonFile = this.dir.resolve("takedowns.json");

		// when
		Cli.Result csv = this.cli.run("review", "export", "--out", csvFile.toString());
		Cli.Result json = this.cli.run("review", "export", "--format", "json", "--out", jsonFile.toString());

		// then: a spreadsheet sees text, not formulas; the quoting keeps every cell whole
		assertThat(csv.exitCode()).as(csv.toString()).isZero();
		assertThat(csv.out()).isEqualTo("exported 1 confirmed takedown to " + csvFile + "\n");
		String text = Files.readString(csvFile);
		assertThat(text).contains("\"'=HYPERLINK(\"\"http://evil.example/x?a=1\"\",\"\"Banned App\"\")\"")
			.doesNotContain(",\"=", ",\"@", ",\"+");
		List<Map<String, String>> rows = csv(text);
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0)).containsEntry("title", "'" + title)
			.containsEntry("developerName", "'@SUM(1+1)")
			.containsEntry("legalName", "'+Banned \"Ltd\"")
			.containsEntry("reason", "'" + reason);

		// and: JSON keeps the text exactly, and is valid
		assertThat(json.exitCode()).as(json.toString()).isZero();
		JsonNode takedown = JSON.readTree(jsonFile.toFile()).at("/takedowns/0");
		assertThat(takedown.get("title").asString()).isEqualTo(title);
		assertThat(takedown.get("developerName").asString()).isEqualTo("@SUM(1+1)");
		assertThat(takedown.at("/confirmation/reason").asString()).isEqualTo(reason);
		try (Stream<Path> files = Files.list(this.dir)) {
			assertThat(files.map((f) -> f.getFileName().toString())).as("no partial file left")
				.noneMatch((name) -> name.endsWith(".partial"));
		}
	}

	@Test
	void shouldRefuseBadUsageWritingNothing() throws Exception {
		// given
		Path existing = Files.writeString(this.dir.resolve("existing.csv"), "keep me");
		Path missingDir = this.dir.resolve("no-such-dir/takedowns.csv");

		// then: each refused with exit 2 and one line, before anything starts
		assertRefused(this.cli.run("review", "export", "--out", existing.toString()),
				"delist: --out " + existing + ": the file exists (name a new file; nothing is overwritten) "
						+ "(see: delist review export --help)");
		assertThat(existing).hasContent("keep me");
		assertRefused(this.cli.run("review", "export", "--out", missingDir.toString()),
				"delist: --out " + missingDir + ": the directory " + missingDir.getParent() + " does not exist "
						+ "(see: delist review export --help)");
		assertThat(missingDir.getParent()).doesNotExist();
		assertRefused(this.cli.run("review", "export", "--from", "2026-12-02", "--to", "2026-12-01"),
				"delist: --from 2026-12-02 is after --to 2026-12-01 (see: delist review export --help)");
		assertRefused(this.cli.run("review", "export", "--format", "xml"),
				"delist: --format: 'xml' is not csv or json (see: delist review export --help)");
		assertRefused(this.cli.run("review", "export", "--country", "usa"),
				"delist: --country: 'usa' is not a two-letter country code (e.g. us, in) (see: delist review export --help)");
		assertRefused(this.cli.run("review", "export", "--store", "amazon"),
				"delist: --store: 'amazon' is not a store (apple, google-play, galaxy-store) "
						+ "(see: delist review export --help)");
		Cli.Result badDate = this.cli.run("review", "export", "--to", "2026-02-30");
		assertThat(badDate.exitCode()).isEqualTo(2);
		assertThat(badDate.err()).startsWith("delist: ").contains("'2026-02-30' is not a valid date (YYYY-MM-DD)");
		try (Stream<Path> files = Files.list(this.dir)) {
			assertThat(files.map((f) -> f.getFileName().toString())).doesNotContain("reports", "no-such-dir");
		}
	}

	private static void assertRefused(Cli.Result result, String line) {
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
		assertThat(result.out()).isEmpty();
		assertThat(result.err()).isEqualTo(line + "\n");
	}

	private void stubApple(String app) {
		this.apple.stubFor(get(urlPathEqualTo("/lookup")).willReturn(okJson(AppleResponses.results(app))));
	}

	private void runNightly() {
		Cli.Result result = this.cli.run("run", "--date", "2026-11-29");
		assertThat(result.exitCode()).as(result.toString()).isZero();
	}

	private void importDecisions(String csv) throws Exception {
		Path file = Files.writeString(this.dir.resolve("decisions.csv"), csv);
		Cli.Result imported = this.cli.run("review", "import", file.toString());
		assertThat(imported.exitCode()).as(imported.toString()).isZero();
	}

	/** @return "store country appId" per exported row, in file order (CSV, stdout) */
	private List<String> exported(String... filters) throws Exception {
		List<String> args = new ArrayList<>(List.of("review", "export"));
		args.addAll(List.of(filters));
		Cli.Result result = this.cli.run(args.toArray(String[]::new));
		assertThat(result.exitCode()).as(result.toString()).isZero();
		return csv(result.out()).stream().map((r) -> r.get("store") + " " + r.get("country") + " " + r.get("appId")).toList();
	}

	private static List<Map<String, String>> csv(String text) {
		CsvMapper mapper = new CsvMapper();
		try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
			.with(CsvSchema.emptySchema().withHeader())
			.readValues(text)) {
			return rows.readAll();
		}
	}

	private static String[] quoted(String[] values) {
		return java.util.Arrays.stream(values).map((v) -> "\"" + v + "\"").toArray(String[]::new);
	}

	private void decidedAt(String store, String country, String instant) throws Exception {
		try (Connection connection = DriverManager.getConnection(this.run.database());
				PreparedStatement update = connection
					.prepareStatement("UPDATE disposition SET imported_at = ? WHERE store = ? AND country = ?")) {
			update.setTimestamp(1, Timestamp.from(Instant.parse(instant)));
			update.setString(2, store);
			update.setString(3, country);
			assertThat(update.executeUpdate()).isEqualTo(1);
		}
	}

	private List<String> rows(String sql) throws Exception {
		List<String> rows = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(this.run.database());
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			while (result.next()) {
				rows.add(result.getString(1));
			}
		}
		return rows;
	}

	private JsonNode reportCandidate(String store, String country) throws Exception {
		for (JsonNode candidate : report(store).get("candidates")) {
			if (candidate.get("country").asString().equals(country)) {
				return candidate;
			}
		}
		throw new AssertionError("no " + store + " " + country + " candidate in the report");
	}

	private JsonNode listInfo() throws Exception {
		return report("apple").at("/lists/0");
	}

	private JsonNode report(String store) throws Exception {
		try (Stream<Path> runs = Files.list(this.dir.resolve("reports/2026-11-29"))) {
			Path runDir = runs.findFirst().orElseThrow();
			return JSON.readTree(runDir.resolve(store).resolve("report.json").toFile());
		}
	}

}
