package dev.delist.review;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.delist.support.AppleResponses;
import dev.delist.support.Cli;
import dev.delist.support.ReportSchema;
import dev.delist.support.WholeRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Decisions made in the workbench end to end: a real run finds the listed app and a clone; reviewers dismiss both
 * (the app, a CONFIRMED-tier match, with a second approver); the next run's report hides both; when the clone's
 * listing changes, the run after shows it again and the queue has it open.
 */
class WorkbenchDecisionsFunctionalTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@RegisterExtension
	final WholeRun run = new WholeRun();

	Cli cli;

	ReviewDb review;

	@BeforeEach
	void setUp() throws Exception {
		this.run.bannedAppAndClone(AppleResponses.CLONE_TITLE);
		this.cli = this.run.cli();
	}

	@AfterEach
	void close() {
		if (this.review != null) {
			this.review.close();
		}
	}

	@Test
	void shouldHideWhatReviewersDismissedUntilTheListingChanges() throws Exception {
		// given: run 1 reports the app (by id) and the clone (by title); the queue has both open, with the same ids
		JsonNode first = report(run("2026-11-29"));
		Map<String, String> ids = ids(first);
		assertThat(ids.keySet()).containsExactly("111111111", "333333333");
		this.review = new ReviewDb(this.run.database());
		assertThat(openIds()).containsExactlyInAnyOrderElementsOf(ids.values());
		String app = ids.get("111111111");
		String clone = ids.get("333333333");

		// when: ann dismisses both; bob approves the app's dismissal, which needs a second pair of eyes
		Decisions decisions = this.review.decisions();
		assertThat(decisions.decide(clone, "ann", Decision.DISMISSED, "another developer's clone"))
			.isEqualTo(CandidateState.DISMISSED);
		assertThat(decisions.decide(app, "ann", Decision.DISMISSED, "the store already removed it"))
			.isEqualTo(CandidateState.AWAITING_APPROVAL);
		assertThat(decisions.approve(app, "bob", true, "checked with the store")).isEqualTo(CandidateState.DISMISSED);
		assertThat(openIds()).isEmpty();

		// then: the next run's report hides both, counted and resolved as SUPPRESSED
		JsonNode second = report(run("2026-11-30"));
		assertThat(second.get("candidates")).isEmpty();
		assertThat(second.get("suppressedCount").asLong()).isEqualTo(2);
		List<String> resolved = new ArrayList<>();
		second.get("resolved").forEach((r) -> resolved.add(r.get("appId").asString() + " " + r.get("why").asString()));
		assertThat(resolved).containsExactlyInAnyOrder("111111111 SUPPRESSED", "333333333 SUPPRESSED");
		assertThat(this.review.states().stateOf(clone)).contains(CandidateState.DISMISSED);
		assertThat(this.review.states().stateOf(app)).contains(CandidateState.DISMISSED);

		// when: the clone's title changes, so the evidence its dismissal rested on is gone
		this.run.clone("Banned App Pro");
		JsonNode third = report(run("2026-12-01"));

		// then: the clone is back in the report and open in the queue; the app stays hidden
		assertThat(ids(third)).containsExactly(Map.entry("333333333", clone));
		assertThat(third.at("/candidates/0/change").asString()).isEqualTo("RESURFACED");
		assertThat(third.get("suppressedCount").asLong()).isEqualTo(1);
		assertThat(openIds()).containsExactly(clone);
		assertThat(this.review.states().stateOf(app)).contains(CandidateState.DISMISSED);
		assertThat(this.review.audit().forCandidate(app)).extracting((e) -> e.user() + " " + e.action())
			.containsExactly("ann DECISION", "bob APPROVAL");
	}

	private List<String> openIds() {
		return this.review.queue().candidates(QueueFilter.open(), null, 200).items().stream().map(QueueCandidate::id).toList();
	}


	/** @return the run's directory, after checking the run passed and its report keeps the schema */
	private Path run(String date) throws Exception {
		Cli.Result result = this.cli.run("run", "--date", date);
		assertThat(result.exitCode()).as(result.toString()).isZero();
		try (Stream<Path> runs = Files.list(this.run.reports().resolve(date))) {
			Path dir = runs.findFirst().orElseThrow();
			assertThat(ReportSchema.violations(Files.readString(dir.resolve("apple/report.json")))).isEmpty();
			return dir;
		}
	}

	private static JsonNode report(Path runDir) throws Exception {
		return JSON.readTree(runDir.resolve("apple/report.json").toFile());
	}

	/** @return candidate id by app id, in report order */
	private static Map<String, String> ids(JsonNode report) {
		Map<String, String> ids = new java.util.LinkedHashMap<>();
		report.get("candidates").forEach((c) -> ids.put(c.get("appId").asString(), c.get("id").asString()));
		return ids;
	}

}
