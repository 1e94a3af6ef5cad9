package dev.delist.report;

import dev.delist.gate.RunStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import dev.delist.support.ReportSchema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The diff against the previous complete run, computed by PostgreSQL over runs whose rows the test inserts. */
class ReportDiffTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path dir;

	ReportDb db;

	@BeforeEach
	void setUp() {
		this.db = new ReportDb(1000).migrated();
		// run 1, execution 11: five candidates, every listing fetched
		this.db.targets(1, "FETCHED", 5);
		for (String app : new String[] { "a", "b", "c", "d", "e" }) {
			this.db.snapshot(1, "us", app);
			this.db.candidate(1, app, "entry", true, "CONFIRMED", "1", "App " + app);
		}
		assertThat(this.db.report(1, 11, "2026-11-01", this.dir).status()).isEqualTo(RunStatus.COMPLETE);
	}

	@Test
	void shouldTellChangesAndWhyPreviousCandidatesLeft() throws Exception {
		// given run 2: a unchanged, b changed evidence, c fetched but no longer matching, d gone with its
		// listing, e matched only against an entry no longer in force, f new
		this.db.targets(2, "FETCHED", 5);
		for (String app : new String[] { "a", "b", "c", "e", "f" }) {
			this.db.snapshot(2, "us", app);
		}
		this.db.candidate(2, "a", "entry", true, "CONFIRMED", "1", "App a");
		this.db.candidate(2, "b", "entry", true, "CONFIRMED", "2", "App b renamed");
		this.db.candidate(2, "e", "entry", false, "CONFIRMED", "1", "App e");
		this.db.candidate(2, "f", "entry", true, "LIKELY", "1", "App f");

		// when
		RunSummary summary = this.db.report(2, 12, "2026-11-02", this.dir);

		// then
		JsonNode report = report("2026-11-02", 12);
		assertThat(ReportSchema.violations(report.toString())).isEmpty();
		assertThat(report.get("run").get("previousExecutionId").asLong()).isEqualTo(11);
		assertThat(changes(report)).containsExactlyInAnyOrderEntriesOf(
				Map.of("a", "UNCHANGED", "b", "CHANGED", "e", "UNCHANGED", "f", "NEW"));
		assertThat(resolved(report)).containsExactlyInAnyOrderEntriesOf(
				Map.of("c", "NO_LONGER_MATCHES", "d", "DELISTED", "e", "ENTRY_NOT_IN_FORCE"));
		assertThat(report.get("resolved").get(0).get("lastSeenExecutionId").asLong()).isEqualTo(11);
		assertThat(firstSeen(report, "a")).isEqualTo(11);
		assertThat(report.get("candidates").findValuesAsString("appId")).hasSize(4);
		RunSummary.StoreSummary apple = summary.stores().get("apple");
		assertThat(apple.candidatesByChange()).containsExactlyInAnyOrderEntriesOf(
				Map.of("UNCHANGED", 1L, "CHANGED", 1L, "NEW", 1L));
		assertThat(apple.candidatesByTier()).containsExactlyInAnyOrderEntriesOf(Map.of("CONFIRMED", 2L, "LIKELY", 1L));
		assertThat(apple.takedownCandidates()).isEqualTo(3);
		assertThat(apple.notInForce()).isEqualTo(1);
		JsonNode written = JSON.readTree(this.dir.resolve("2026-11-02/run-12/summary.json").toFile());
		assertThat(written.get("stores").get("apple").get("candidatesByChange").get("NEW").asLong()).isEqualTo(1);
		assertThat(written.get("stores").get("apple").get("health").get("gate").asString()).isEqualTo("PASSED");
		assertThat(written.has("lists")).isTrue();
		assertThat(written.get("stores").get("apple").get("files").properties())
			.extracting(Map.Entry::getKey)
			.containsExactly("report.json", "candidates.csv", "report.html");
		written.get("stores").get("apple").get("files").forEach((path) -> assertThat(Path.of(path.asString())).isRegularFile());
	}

	@Test
	void shouldNotCallAMissingListingDelistedWhenTheStoreWasNotFullyCheckedAndDiffOnlyAgainstCompleteRuns()
			throws Exception {
		// given run 2 could not check one target: d is missing, but that proves nothing
		this.db.targets(2, "FETCHED", 4);
		this.db.targets(2, "ERROR", 1);
		for (String app : new String[] { "a", "b", "c", "e" }) {
			this.db.snapshot(2, "us", app);
			this.db.candidate(2, app, "entry", true, "CONFIRMED", "1", "App " + app);
		}
		RunSummary second = this.db.report(2, 12, "2026-11-02", this.dir);
		assertThat(second.status()).isEqualTo(RunStatus.INCOMPLETE);
		assertThat(resolved(report("2026-11-02", 12))).isEmpty();

		// when run 3 finds d again
		this.db.targets(3, "FETCHED", 5);
		for (String app : new String[] { "a", "d" }) {
			this.db.snapshot(3, "us", app);
			this.db.candidate(3, app, "entry", true, "CONFIRMED", "1", "App " + app);
		}
		this.db.candidate(3, "g", "other", true, "POSSIBLE", "1", "App g");
		this.db.report(3, 13, "2026-11-03", this.dir);

		// then it is diffed against run 1, the last complete one, and d is unchanged since then
		JsonNode report = report("2026-11-03", 13);
		assertThat(report.get("run").get("previousExecutionId").asLong()).isEqualTo(11);
		assertThat(changes(report)).containsExactlyInAnyOrderEntriesOf(
				Map.of("a", "UNCHANGED", "d", "UNCHANGED", "g", "NEW"));
		assertThat(firstSeen(report, "d")).isEqualTo(11);
		assertThat(resolved(report)).containsOnlyKeys("b", "c", "e");
	}

	@Test
	void shouldCallAListingTheStoreTookDownDelistedEvenWhenOtherTargetsFailed() throws Exception {
		// given run 2 could not check one target, and the store answered that it took d down; e is merely missing
		this.db.targets(2, "FETCHED", 3);
		this.db.targets(2, "ERROR", 1);
		this.db.jdbc.update("""
				INSERT INTO fetch_target (job_instance_id, store, country, kind, value, batch_no, outcome, url, detail)
				VALUES (2, 'apple', 'us', 'APP_ID', 'd', 99, 'REMOVED', 'https://store.example/d',
				        'suspended or terminated by the store <b>(errCode 9901)</b>')""");
		for (String app : new String[] { "a", "b", "c" }) {
			this.db.snapshot(2, "us", app);
			this.db.candidate(2, app, "entry", true, "CONFIRMED", "1", "App " + app);
		}

		// when
		RunSummary second = this.db.report(2, 12, "2026-11-02", this.dir);

		// then: d's removal is proof; e's absence in an incomplete run is not
		assertThat(second.status()).isEqualTo(RunStatus.INCOMPLETE);
		JsonNode report = report("2026-11-02", 12);
		assertThat(resolved(report)).containsExactlyEntriesOf(Map.of("d", "DELISTED"));
		assertThat(report.get("resolved").get(0).get("removal").asString()).contains("errCode 9901");
		assertThat(report.get("health").get("notFound").asLong()).isEqualTo(1);
		assertThat(Files.readString(this.dir.resolve("2026-11-02/run-12/apple/report.html")))
			.contains("DELISTED: suspended or terminated by the store &lt;b&gt;(errCode 9901)&lt;/b&gt;");
	}

	@Test
	void shouldCallACandidateBackAfterAnAbsenceResurfaced() throws Exception {
		// given d left in run 2
		this.db.targets(2, "FETCHED", 5);
		this.db.snapshot(2, "us", "a");
		this.db.candidate(2, "a", "entry", true, "CONFIRMED", "1", "App a");
		this.db.report(2, 12, "2026-11-02", this.dir);

		// when it is back in run 3
		this.db.targets(3, "FETCHED", 5);
		this.db.snapshot(3, "us", "d");
		this.db.candidate(3, "d", "entry", true, "CONFIRMED", "1", "App d");
		this.db.report(3, 13, "2026-11-03", this.dir);

		// then
		JsonNode report = report("2026-11-03", 13);
		assertThat(changes(report)).containsExactlyEntriesOf(Map.of("d", "RESURFACED"));
		assertThat(firstSeen(report, "d")).isEqualTo(11);
		assertThat(resolved(report)).containsExactlyEntriesOf(Map.of("a", "DELISTED"));
		String html = Files.readString(this.dir.resolve("2026-11-03/run-13/apple/report.html"));
		assertThat(html).contains("<svg", "last 3 runs", "execution 11", "execution 12", "execution 13");
	}

	private JsonNode report(String date, long execution) throws Exception {
		return JSON.readTree(this.dir.resolve(date).resolve("run-" + execution).resolve("apple/report.json").toFile());
	}

	private static Map<String, String> changes(JsonNode report) {
		Map<String, String> changes = new HashMap<>();
		report.get("candidates").forEach((c) -> changes.put(c.get("appId").asString(), c.get("change").asString()));
		return changes;
	}

	private static Map<String, String> resolved(JsonNode report) {
		Map<String, String> resolved = new HashMap<>();
		report.get("resolved").forEach((r) -> resolved.put(r.get("appId").asString(), r.get("why").asString()));
		return resolved;
	}

	private static long firstSeen(JsonNode report, String appId) {
		for (JsonNode c : report.get("candidates")) {
			if (c.get("appId").asString().equals(appId)) {
				return c.get("firstSeenExecutionId").asLong();
			}
		}
		throw new AssertionError("no candidate " + appId);
	}

}
