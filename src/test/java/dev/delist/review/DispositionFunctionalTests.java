package dev.delist.review;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.delist.support.AppleResponses;
import dev.delist.support.Cli;
import dev.delist.support.ReportSchema;
import dev.delist.support.WholeRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reviewers' dispositions end to end: a run finds a clone, a reviewer dismisses it, later runs hide it (counted
 * and resolved as SUPPRESSED) until the listing changes or a stronger reason appears.
 */
class DispositionFunctionalTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String HEADER = "store,appId,listId,entryId,decision,reason,reviewer\n";

	@RegisterExtension
	final WholeRun run = new WholeRun();

	Path dir;

	Path jobs;

	Cli cli;

	@BeforeEach
	void setUp() throws Exception {
		this.dir = this.run.dir();
		this.jobs = this.run.bannedAppAndClone(AppleResponses.CLONE_TITLE);
		this.cli = this.run.cli();
	}

	@Test
	void shouldHideADismissedMatchUntilTheListingChanges() throws Exception {
		// given: run 1 finds the listed app (by id) and a title-only clone
		run("2026-11-29");
		assertThat(candidates("2026-11-29")).containsExactly("111111111 banned-app CONFIRMED NEW",
				"333333333 banned-app POSSIBLE NEW");
		Path decisions = Files.writeString(this.dir.resolve("decisions.csv"), HEADER
				+ "apple,333333333,test-apps,banned-app,DISMISSED,different app by another developer,ann\n"
				+ "apple,111111111,test-apps,banned-app,CONFIRMED,,bob\n");

		// when
		Cli.Result imported = this.cli.run("review", "import", decisions.toString());

		// then
		assertThat(imported.exitCode()).as(imported.toString()).isZero();
		assertThat(imported.out().strip())
			.isEqualTo("imported 2 decisions (1 DISMISSED, 1 CONFIRMED) from " + decisions);

		// when: run 2 sees the same listings
		Path run2 = run("2026-11-30");

		// then: the clone is hidden, counted and resolved as SUPPRESSED; the confirmed app stays
		assertThat(candidates("2026-11-30")).containsExactly("111111111 banned-app CONFIRMED UNCHANGED");
		JsonNode report = report(run2);
		assertThat(report.get("suppressedCount").asLong()).isEqualTo(1);
		assertThat(report.get("resolved")).hasSize(1);
		assertThat(report.at("/resolved/0/appId").asString()).isEqualTo("333333333");
		assertThat(report.at("/resolved/0/entryId").asString()).isEqualTo("banned-app");
		assertThat(report.at("/resolved/0/why").asString()).isEqualTo("SUPPRESSED");
		assertThat(report.at("/resolved/0/lastSeenExecutionId").asLong()).isEqualTo(1);
		JsonNode summary = JSON.readTree(run2.resolve("summary.json").toFile());
		assertThat(summary.at("/stores/apple/suppressedCount").asLong()).isEqualTo(1);
		assertThat(summary.at("/stores/apple/takedownCandidates").asLong()).isEqualTo(1);
		assertThat(Files.readString(run2.resolve("apple/candidates.csv"))).doesNotContain("333333333");
		assertThat(Files.readString(run2.resolve("apple/report.html"))).contains("Hidden by reviewer decisions: 1.")
			.contains("SUPPRESSED");

		// when: the clone's title changes, so the evidence the dismissal rested on is gone
		this.run.clone("Banned App Pro");
		Path run3 = run("2026-12-01");

		// then: it is back, as a candidate seen before; nothing hidden any more
		assertThat(candidates("2026-12-01")).containsExactly("111111111 banned-app CONFIRMED UNCHANGED",
				"333333333 banned-app POSSIBLE RESURFACED");
		assertThat(report(run3).get("suppressedCount").asLong()).isZero();
		assertThat(report(run3).get("resolved")).isEmpty();
	}

	@Test
	void shouldShowADismissedMatchAgainWhenAStrongerReasonAppears() throws Exception {
		// given: the clone, dismissed in the us storefront as a title-only match, hidden by run 2
		run("2026-11-29");
		Path decisions = Files.writeString(this.dir.resolve("decisions.csv"), "country," + HEADER
				+ "us,apple,333333333,test-apps,banned-app,DISMISSED,title only,ann\n");
		Cli.Result imported = this.cli.run("review", "import", decisions.toString());
		assertThat(imported.exitCode()).as(imported.toString()).isZero();
		assertThat(report(run("2026-11-30")).get("suppressedCount").asLong()).isEqualTo(1);

		// when: the list now names the clone's bundle id; the listing itself is unchanged
		Path list = this.jobs.resolve("lists/test-apps.yaml");
		String identifier = "      - { type: package, value: com.example.banned.android, confidence: high, source: test fixture }\n";
		Files.writeString(list, Files.readString(list)
			.replace("version: \"1\"", "version: \"2\"")
			.replace(identifier, identifier
					+ "      - { type: bundle-id, value: com.clone.banned, confidence: high, source: reviewer finding }\n"));
		Path run3 = run("2026-12-01");

		// then: CONFIRMED is stronger than the POSSIBLE match that was dismissed, so reviewers see it again
		assertThat(candidates("2026-12-01")).contains("333333333 banned-app CONFIRMED RESURFACED");
		assertThat(report(run3).get("suppressedCount").asLong()).isZero();
	}


	/** @return the run's directory, after checking the run passed and its report keeps the schema */
	private Path run(String date) throws Exception {
		Cli.Result result = this.cli.run("run", "--date", date);
		assertThat(result.exitCode()).as(result.toString()).isZero();
		Path runDir = runDir(date);
		assertThat(ReportSchema.violations(Files.readString(runDir.resolve("apple/report.json")))).isEmpty();
		return runDir;
	}

	private Path runDir(String date) throws Exception {
		try (Stream<Path> runs = Files.list(this.dir.resolve("reports").resolve(date))) {
			List<Path> dirs = runs.toList();
			assertThat(dirs).hasSize(1);
			return dirs.get(0);
		}
	}

	private static JsonNode report(Path runDir) throws Exception {
		return JSON.readTree(runDir.resolve("apple/report.json").toFile());
	}

	/** @return "appId entryId tier change" per candidate, in report order */
	private List<String> candidates(String date) throws Exception {
		List<String> candidates = new ArrayList<>();
		for (JsonNode candidate : report(runDir(date)).get("candidates")) {
			candidates.add(candidate.get("appId").asString() + " " + candidate.at("/entry/entryId").asString() + " "
					+ candidate.get("tier").asString() + " " + candidate.get("change").asString());
		}
		return candidates;
	}

}
