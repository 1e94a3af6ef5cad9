package dev.delist.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import dev.delist.support.Cli;
import dev.delist.support.ReportSchema;
import dev.delist.support.TestDatabase;
import dev.delist.support.TestJobs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code run --catalog FILE} through the command line, on real PostgreSQL, with no store at all. */
class CatalogFunctionalTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String BANNED_ANDROID = """
			{"store":"google-play","country":"us","appId":"com.example.banned.android","bundleId":"","title":"Banned App","developerName":"Banned Dev","developerId":"","legalName":"","url":"https://play.google.com/store/apps/details?id=com.example.banned.android"}""";

	private static final String BANNED_APPLE = """
			{"store":"apple","country":"gb","appId":111111111,"bundleId":"com.example.banned","title":"Banned, \\"quoted\\" 禁止应用","developerName":"Banned Dev","developerId":"9","legalName":"Banned Ltd","url":null}""";

	private static final String HARMLESS = """
			{"store":"google-play","country":"us","appId":"org.example.harmless","bundleId":"","title":"Harmless","developerName":"","developerId":"","legalName":"","url":""}""";

	@TempDir
	Path dir;

	Cli cli;

	@BeforeEach
	void setUp() throws Exception {
		Path jobs = TestJobs.copyTo(this.dir);
		this.cli = new Cli("--spring.datasource.url=" + TestDatabase.newDatabase(), "--delist.jobs.dir=" + jobs,
				"--delist.report.dir=" + this.dir.resolve("reports"), "--delist.catalog.max-bad-lines=2");
	}

	@Test
	void shouldMatchAndReportACatalogPerStoreItHasListingsFor() throws Exception {
		Path catalog = write("catalog.jsonl", BANNED_ANDROID, HARMLESS, "", BANNED_APPLE);

		Cli.Result result = this.cli.run("run", "--date", "2026-11-29", "--catalog", catalog.toString());

		assertThat(result.exitCode()).as(result.toString()).isZero();
		assertThat(result.out()).contains("nightly-catalog run 1");
		JsonNode play = report("google-play");
		assertThat(play.at("/run/status").asString()).isEqualTo("COMPLETE");
		assertThat(play.at("/run/countries").toString()).isEqualTo("[\"us\"]");
		assertThat(play.at("/health/targets").asLong()).isEqualTo(2);
		assertThat(play.at("/health/fetched").asLong()).isEqualTo(2);
		assertThat(play.at("/health/parseFailures").asLong()).isZero();
		assertThat(play.get("candidates").findValuesAsString("appId")).containsExactly("com.example.banned.android");
		JsonNode apple = report("apple");
		assertThat(apple.get("candidates").findValuesAsString("appId")).containsExactly("111111111");
		assertThat(apple.get("candidates").get(0).get("title").asString()).isEqualTo("Banned, \"quoted\" 禁止应用");
		assertThat(ReportSchema.violations(play.toString())).isEmpty();
		assertThat(ReportSchema.violations(apple.toString())).isEmpty();
	}

	@Test
	void shouldScreenGalaxyStoreListingsOfACatalog() throws Exception {
		Path catalog = write("catalog.jsonl", BANNED_ANDROID.replace("google-play", "galaxy-store")
			.replace("\"country\":\"us\"", "\"country\":\"in\""), HARMLESS.replace("google-play", "galaxy-store"));

		Cli.Result result = this.cli.run("run", "--date", "2026-11-29", "--catalog", catalog.toString());

		assertThat(result.exitCode()).as(result.toString()).isZero();
		JsonNode galaxy = report("galaxy-store");
		assertThat(ReportSchema.violations(galaxy.toString())).isEmpty();
		assertThat(galaxy.get("store").asString()).isEqualTo("galaxy-store");
		assertThat(galaxy.at("/run/countries").toString()).isEqualTo("[\"in\",\"us\"]");
		assertThat(galaxy.get("candidates").findValuesAsString("appId")).containsExactly("com.example.banned.android");
		assertThat(galaxy.get("candidates").get(0).get("bundleId").asString()).isEqualTo("com.example.banned.android");
	}

	@Test
	void shouldReadCsvCatalogs() throws Exception {
		Path catalog = write("catalog.csv", "title,store,country,appId,bundleId,developerName,developerId,legalName,url",
				"\"Banned, \"\"HD\"\"\",google-play,gb,com.example.banned.android,,Banned Dev,,,",
				"Harmless,google-play,gb,org.example.harmless,,,,,");

		Cli.Result result = this.cli.run("run", "--date", "2026-11-29", "--catalog", catalog.toString());

		assertThat(result.exitCode()).as(result.toString()).isZero();
		JsonNode play = report("google-play");
		assertThat(play.get("candidates").findValuesAsString("title")).containsExactly("Banned, \"HD\"");
		assertThat(this.dir.resolve("reports/2026-11-29/run-1/apple")).doesNotExist();
	}

	@Test
	void shouldSkipBadLinesUpToTheLimitAndEndIncompleteNamingThem() throws Exception {
		Path catalog = write("catalog.jsonl", BANNED_ANDROID,
				HARMLESS.replace("\"us\"", "\"USA\""), HARMLESS,
				"{\"store\":\"amazon\"}");

		Cli.Result result = this.cli.run("run", "--date", "2026-11-29", "--catalog", catalog.toString());

		// then: screened what could be read, but a report with skipped lines must not read as complete
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(3);
		assertThat(result.err()).contains("delist: skipped " + catalog + ":2: country: 'USA' is not a two-letter "
				+ "lower-case country code")
			.contains("delist: skipped " + catalog + ":4: store: 'amazon' is not a store (apple, google-play, galaxy-store)");
		JsonNode play = report("google-play");
		assertThat(play.at("/run/status").asString()).isEqualTo("INCOMPLETE");
		assertThat(play.at("/health/targets").asLong()).isEqualTo(4);
		assertThat(play.at("/health/fetched").asLong()).isEqualTo(2);
		assertThat(play.at("/health/parseFailures").asLong()).isEqualTo(2);
		assertThat(play.get("candidates").findValuesAsString("appId")).containsExactly("com.example.banned.android");
	}

	@Test
	void shouldNameAnOverlongLineAndALastLineCutShortAndScreenTheRest() throws Exception {
		Path catalog = Files.writeString(this.dir.resolve("catalog.jsonl"), BANNED_ANDROID + "\n"
				+ "{\"title\":\"" + "x".repeat(CatalogReader.MAX_LINE_CHARS) + "\"}\n" + HARMLESS + "\n"
				+ BANNED_APPLE.substring(0, 50));

		Cli.Result result = this.cli.run("run", "--date", "2026-11-29", "--catalog", catalog.toString());

		assertThat(result.exitCode()).as(result.toString()).isEqualTo(3);
		assertThat(result.err()).contains("delist: skipped " + catalog + ":2: line: longer than 65536 characters\n")
			.contains("delist: skipped " + catalog + ":4: line: not valid JSON: ")
			.contains(" (the file ends in this line, without a line break: was it cut short?)");
		JsonNode play = report("google-play");
		assertThat(play.at("/run/status").asString()).isEqualTo("INCOMPLETE");
		assertThat(play.at("/health/parseFailures").asLong()).isEqualTo(2);
		assertThat(play.get("candidates").findValuesAsString("appId")).containsExactly("com.example.banned.android");
	}

	@Test
	void shouldSkipLinesWithANulByteInsteadOfFailingTheCopy() throws Exception {
		// given: a NUL as a JSON escape, and a raw NUL byte in a CSV field; PostgreSQL's COPY would refuse either
		Path jsonl = write("catalog.jsonl", BANNED_ANDROID, HARMLESS.replace("\"Harmless\"", "\"Harm\\u0000less\""));
		Path csv = write("catalog.csv", "store,country,appId,bundleId,title,developerName,developerId,legalName,url",
				"google-play,us,com.example.banned.android,,Banned App,Banned Dev,,,",
				"google-play,us,org.example.harmless,,Harmless,Nul\u0000Dev,,,");

		// when
		Cli.Result fromJson = this.cli.run("run", "--date", "2026-11-29", "--catalog", jsonl.toString());
		Cli.Result fromCsv = this.cli.run("run", "--date", "2026-11-30", "--catalog", csv.toString());

		// then: the line is named and skipped, the rest screened, and the run is INCOMPLETE, not FAILED
		assertThat(fromJson.exitCode()).as(fromJson.toString()).isEqualTo(3);
		assertThat(fromJson.err()).contains("delist: skipped " + jsonl + ":2: title: contains a NUL character at "
				+ "position 5");
		assertThat(fromCsv.exitCode()).as(fromCsv.toString()).isEqualTo(3);
		assertThat(fromCsv.err()).contains("delist: skipped " + csv + ":3: developerName: contains a NUL character at "
				+ "position 4");
		JsonNode play = report("google-play");
		assertThat(play.at("/run/status").asString()).isEqualTo("INCOMPLETE");
		assertThat(play.get("candidates").findValuesAsString("appId")).containsExactly("com.example.banned.android");
	}

	@Test
	void shouldRejectACatalogWithMoreBadLinesThanTheLimitBeforeMatching() throws Exception {
		Path catalog = write("catalog.jsonl", BANNED_ANDROID, "not json", HARMLESS, HARMLESS,
				"{\"store\":\"apple\",\"country\":\"us\",\"appId\":\"x1\"}");

		Cli.Result result = this.cli.run("run", "--date", "2026-11-29", "--catalog", catalog.toString());

		assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
		assertThat(result.err().strip().lines()).hasSize(1);
		assertThat(result.err()).startsWith("delist: --catalog: " + catalog + ": more than 2 bad lines")
			.contains(catalog + ":2: line: not valid JSON")
			.contains(catalog + ":4: appId: google-play us org.example.harmless is already on line 3")
			.contains(catalog + ":5: appId: 'x1' is not an App Store id");
		assertThat(this.dir.resolve("reports")).doesNotExist();
	}

	@Test
	void shouldCountAndReportABadLineOfAStoreWithNoValidLineInTheFile() throws Exception {
		// given: Apple's only line is bad; Google Play's are fine
		Path catalog = write("catalog.jsonl", BANNED_ANDROID, HARMLESS,
				"{\"store\":\"apple\",\"country\":\"us\",\"appId\":\"x1\"}");

		Cli.Result result = this.cli.run("run", "--date", "2026-11-29", "--catalog", catalog.toString());

		// then: INCOMPLETE, and the line is in summary.json, on stderr and in an Apple report of its own
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(3);
		assertThat(result.err()).contains("delist: skipped " + catalog + ":3: appId: 'x1' is not an App Store id");
		// each problem once on stderr, though the skipped line makes both stores' reports INCOMPLETE
		assertThat(result.err().lines().filter((line) -> line.contains("catalog lines were skipped"))).hasSize(1);
		assertThat(result.err().lines()).doesNotHaveDuplicates();
		assertThat(result.err()).contains("delist: INCOMPLETE: " + catalog + ": 1 lines are not listings, e.g. "
				+ catalog + ":3: appId: 'x1'").doesNotContain("unknown host");
		JsonNode summary = summary();
		assertThat(summary.at("/status").asString()).isEqualTo("INCOMPLETE");
		assertThat(summary.get("skippedLines")).hasSize(1);
		assertThat(summary.get("skippedLines").get(0).asString()).startsWith(catalog + ":3: appId:");
		assertThat(report("apple").at("/health/parseFailures").asLong()).isEqualTo(1);
		assertThat(report("apple").at("/run/status").asString()).isEqualTo("INCOMPLETE");
		assertThat(report("google-play").at("/run/status").asString()).isEqualTo("INCOMPLETE");
	}

	@Test
	void shouldRefuseAFileWithNoReadableLineNamingItsFirstBadLine() throws Exception {
		// given: a line that names no store, and nothing else
		Path catalog = write("catalog.jsonl", "not json");

		Cli.Result result = this.cli.run("run", "--date", "2026-11-29", "--catalog", catalog.toString());

		// then: nothing could be screened, so nothing is reported as screened
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
		assertThat(result.err().strip()).startsWith("delist: --catalog: " + catalog + ": no listing to screen")
			.contains(catalog + ":1: line: not valid JSON");
		assertThat(this.dir.resolve("reports")).doesNotExist();
	}

	private JsonNode summary() throws Exception {
		try (Stream<Path> runs = Files.list(this.dir.resolve("reports/2026-11-29"))) {
			return JSON.readTree(runs.findFirst().orElseThrow().resolve("summary.json").toFile());
		}
	}

	@Test
	void shouldRefuseAMissingCatalogBeforeStarting() {
		Cli.Result result = this.cli.run("run", "--catalog", this.dir.resolve("nope.csv").toString());

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.err().strip()).isEqualTo("delist: --catalog: " + this.dir.resolve("nope.csv")
				+ ": no such readable file");
	}

	private Path write(String name, String... lines) throws Exception {
		return Files.writeString(this.dir.resolve(name), String.join("\n", lines) + "\n");
	}

	private JsonNode report(String store) throws Exception {
		try (Stream<Path> runs = Files.list(this.dir.resolve("reports/2026-11-29"))) {
			List<Path> dirs = runs.toList();
			assertThat(dirs).hasSize(1);
			return JSON.readTree(dirs.get(0).resolve(store).resolve("report.json").toFile());
		}
	}

}
