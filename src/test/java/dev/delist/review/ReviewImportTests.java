package dev.delist.review;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.delist.support.Cli;
import dev.delist.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Reviewers' CSV: every bad row named by line and field, and an import that is all or nothing. */
class ReviewImportTests {

	private static final String HEADER = "store,appId,listId,entryId,decision,reason,reviewer\n";

	@TempDir
	Path dir;

	static List<Arguments> badFiles() {
		return List.of(
				Arguments.of("unknown store", HEADER + "apple,1,l,e,DISMISSED,,ann\nitunes,1,l,e,DISMISSED,,ann\n",
						List.of("f.csv:3: store: 'itunes' is not a store (apple, google-play, galaxy-store)")),
				Arguments.of("missing ids", HEADER + "google-play, ,,e,CONFIRMED,,ann\n",
						List.of("f.csv:2: appId: missing", "f.csv:2: listId: missing")),
				Arguments.of("bad decision", HEADER + "apple,1,l,e,MAYBE,,ann\napple,1,l,e,,,ann\n",
						List.of("f.csv:2: decision: 'MAYBE' is not CONFIRMED or DISMISSED",
								"f.csv:3: decision: missing (CONFIRMED or DISMISSED)")),
				Arguments.of("no reviewer", HEADER + "apple,1,l,e,DISMISSED,looks fine,\n",
						List.of("f.csv:2: reviewer: missing")),
				Arguments.of("bad country", "country," + HEADER + "usa,apple,1,l,e,DISMISSED,,ann\n",
						List.of("f.csv:2: country: 'usa' is not a two-letter country code (leave it empty for every"
								+ " country)")),
				Arguments.of("short row", HEADER + "apple,1,l,e,DISMISSED\n",
						List.of("f.csv:2: row: 5 columns, the header has 7")),
				Arguments.of("blank lines keep line numbers", HEADER + "\napple,1,l,e,DISMISSED,,ann\n\nx,1,l,e,DISMISSED,,ann\n",
						List.of("f.csv:5: store: 'x' is not a store (apple, google-play, galaxy-store)")),
				Arguments.of("header without reviewer", "store,appId,listId,entryId,decision,reason\n",
						List.of("f.csv:1: header: no 'reviewer' column")),
				Arguments.of("unknown column", "Store," + HEADER.substring("store,".length()),
						List.of("f.csv:1: header: unknown column 'Store' (columns: " + ReviewCsv.COLUMNS_TEXT + ")",
								"f.csv:1: header: no 'store' column")),
				Arguments.of("empty file", "", List.of("f.csv:1: header: the file is empty (expected a header: "
						+ ReviewCsv.COLUMNS_TEXT + ")")),
				Arguments.of("header only", HEADER, List.of("f.csv:2: no decisions after the header")),
				Arguments.of("NUL in an id", HEADER + "apple,1,l,e,DISMISSED,,ann\napple,1\u00001,l,e,DISMISSED,,ann\n",
						List.of("f.csv:3: appId: contains a NUL character at position 2")),
				Arguments.of("NUL in a reason", HEADER + "apple,1,l,e,DISMISSED,\"our \u0000app\",ann\n",
						List.of("f.csv:2: reason: contains a NUL character at position 5")),
				Arguments.of("NUL in the header", "store,appId,listId,entryId,decision,reason,revi\u0000ewer\n",
						List.of("f.csv:1: header: column 7: contains a NUL character at position 5",
								"f.csv:1: header: no 'reviewer' column")),
				Arguments.of("control character in a name", HEADER + "apple,1,l,e,DISMISSED,,a\u001bnn\n",
						List.of("f.csv:2: reviewer: contains the control character U+001B at position 2")),
				Arguments.of("a line break is fine in a reason only",
						HEADER + "apple,1,l,e,DISMISSED,\"two\nlines\",ann\napple,1,l,\"e\ne\",DISMISSED,,ann\n",
						List.of("f.csv:4: entryId: contains the control character U+000A at position 2")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badFiles")
	void shouldNameEveryBadRowByLineAndField(String name, String csv, List<String> problems) {
		assertThatExceptionOfType(ReviewImportException.class).isThrownBy(() -> ReviewCsv.read("f.csv", csv))
			.satisfies((ex) -> assertThat(ex.problems()).containsExactlyElementsOf(problems));
	}

	@Test
	void shouldSayEveryProblemOnOneLine() {
		assertThatExceptionOfType(ReviewImportException.class)
			.isThrownBy(() -> ReviewCsv.read("f.csv", HEADER + "apple,1,l,e,MAYBE,,ann\napple,1,l,e,DISMISSED,,\n"))
			.withMessage("f.csv:2: decision: 'MAYBE' is not CONFIRMED or DISMISSED; f.csv:3: reviewer: missing; "
					+ "nothing imported from f.csv");
	}

	@Test
	void shouldReadQuotedValuesAnyColumnOrderAndAnOptionalCountry() {
		List<ReviewRow> rows = ReviewCsv.read("f.csv", "\uFEFFreviewer,decision,store,country,appId,listId,entryId,reason\n"
				+ "ann,dismissed,apple,US,111,test-apps,banned-app,\"our own app, re-listed\"\n"
				+ "bob,CONFIRMED,google-play,,com.x,test-apps,banned-app,\n");

		assertThat(rows).containsExactly(
				new ReviewRow("f.csv:2", "apple", "us", "111", "test-apps", "banned-app", Decision.DISMISSED,
						"our own app, re-listed", "ann"),
				new ReviewRow("f.csv:3", "google-play", null, "com.x", "test-apps", "banned-app", Decision.CONFIRMED,
						null, "bob"));
	}

	@Test
	void shouldExit2NamingFileAndLineOfANulByteAndImportNothing() throws Exception {
		// given: a candidate the row names, and a raw NUL byte in its reason, as a spreadsheet export may leave it
		Imports db = imports();
		Cli cli = db.cli();
		JdbcTemplate jdbc = db.jdbc();
		insertCandidate(jdbc, "us");
		Path file = Files.writeString(this.dir.resolve("nul.csv"), HEADER + "apple,111111111,test-apps,banned-app,"
				+ "DISMISSED,our own\u0000 app,ann\n");

		// when
		Cli.Result refused = cli.run("review", "import", file.toString());

		// then
		assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(2);
		assertThat(refused.err().strip()).isEqualTo("delist: " + file + ":2: reason: contains a NUL character at "
				+ "position 8; nothing imported from " + file);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM disposition", Long.class)).isZero();
	}

	@Test
	void shouldImportNothingWhenOneRowNamesNoCandidate() throws Exception {
		// given: a migrated database with one candidate in two countries
		Imports db = imports();
		Cli cli = db.cli();
		JdbcTemplate jdbc = db.jdbc();
		insertCandidate(jdbc, "us");
		insertCandidate(jdbc, "gb");
		Path typo = Files.writeString(this.dir.resolve("typo.csv"), HEADER
				+ "apple,111111111,test-apps,banned-app,DISMISSED,our own app,ann\n"
				+ "apple,111111111,test-apps,baned-app,DISMISSED,our own app,ann\n");

		// when
		Cli.Result refused = cli.run("review", "import", typo.toString());

		// then: exit 2, the bad row named, and not even the good row kept
		assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(2);
		assertThat(refused.err().strip()).isEqualTo("delist: " + typo + ":3: no such candidate: apple appId 111111111, "
				+ "test-apps/baned-app — check the report; nothing imported from " + typo);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM disposition", Long.class)).isZero();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event", Long.class)).isZero();

		// when: the fixed file
		Path fixed = Files.writeString(this.dir.resolve("fixed.csv"), HEADER
				+ "apple,111111111,test-apps,banned-app,DISMISSED,our own app,ann\n"
				+ "apple,111111111,test-apps,banned-app,CONFIRMED,second look,bob\n");
		Cli.Result imported = cli.run("review", "import", fixed.toString());

		// then: both decisions kept as history, each for both countries; the later one is in force
		assertThat(imported.exitCode()).as(imported.toString()).isZero();
		assertThat(imported.out().strip()).isEqualTo("imported 2 decisions (1 DISMISSED, 1 CONFIRMED) from " + fixed);
		// a CONFIRMED-tier dismissal no second person saw is named (the workbench would have held it)
		assertThat(imported.err()).isEqualTo("delist: " + fixed + ":2: ann alone dismissed a CONFIRMED-tier match "
				+ "(apple appId 111111111 in gb, us); the workbench would have held it for an approver\n");
		// and each decision is on the audit trail in its reviewer's name, with the line it came from
		assertThat(jdbc.queryForList("SELECT username || ' ' || action || ' ' || candidate_id || ' ' "
				+ "|| (detail ->> 'decision') || ' ' || (detail ->> 'source') FROM audit_event ORDER BY id", String.class))
			.containsExactly("ann DECISION c-gb DISMISSED " + fixed + ":2", "ann DECISION c-us DISMISSED " + fixed + ":2",
					"bob DECISION c-gb CONFIRMED " + fixed + ":3", "bob DECISION c-us CONFIRMED " + fixed + ":3");
		assertThat(jdbc.queryForList("SELECT country || ' ' || decision || ' ' || reviewer || ' ' || tier "
				+ "|| ' ' || reason_codes::text FROM disposition ORDER BY id", String.class))
			.containsExactly("gb DISMISSED ann CONFIRMED [\"STORE_ID\"]", "us DISMISSED ann CONFIRMED [\"STORE_ID\"]",
					"gb CONFIRMED bob CONFIRMED [\"STORE_ID\"]", "us CONFIRMED bob CONFIRMED [\"STORE_ID\"]");
		Cli.Result list = cli.run("review", "list");
		assertThat(list.exitCode()).as(list.toString()).isZero();
		assertThat(list.out()).contains("CONFIRMED").contains("bob").doesNotContain(" ann ");
	}

	@Test
	void shouldHoldAConfirmedTierDismissalForAnApproverWhenImportsHaveFourEyes() throws Exception {
		// given: the candidate in a complete run, CONFIRMED-tier in the US and LIKELY in Britain
		Imports db = imports("--delist.review.import-four-eyes=true");
		Cli cli = db.cli();
		JdbcTemplate jdbc = db.jdbc();
		insertCandidate(jdbc, 1, "us", "CONFIRMED");
		insertCandidate(jdbc, 1, "gb", "LIKELY");
		reportComplete(jdbc, 1);
		Path file = Files.writeString(this.dir.resolve("dismiss.csv"), HEADER
				+ "apple,111111111,test-apps,banned-app,DISMISSED,our own app,ann\n");

		// when
		Cli.Result imported = cli.run("review", "import", file.toString());

		// then: Britain's dismissal recorded; the US one waits, and says so
		assertThat(imported.exitCode()).as(imported.toString()).isZero();
		assertThat(imported.out()).isEqualTo("imported 1 decisions (1 DISMISSED, 0 CONFIRMED) from " + file + "\n"
				+ "1 dismissal of CONFIRMED-tier candidates waits for an approver in the workbench (delist serve)\n");
		assertThat(imported.err()).as("no one-reviewer warning: nobody dismissed it alone").isEmpty();
		assertThat(jdbc.queryForList("SELECT country || ' ' || decision || ' ' || reviewer FROM disposition", String.class))
			.containsExactly("gb DISMISSED ann");
		assertThat(jdbc.queryForList("SELECT candidate_id || ' ' || requested_by || ' ' || reason || ' ' "
				+ "|| coalesce(outcome, 'waiting') FROM dismissal_approval", String.class))
			.containsExactly("c-us ann our own app waiting");
		assertThat(jdbc.queryForList("SELECT username || ' ' || candidate_id || ' ' || coalesce(detail ->> 'state', "
				+ "'disposition ' || (detail ->> 'dispositionId')) || ' ' || (detail ->> 'source') FROM audit_event "
				+ "WHERE action = 'DECISION' ORDER BY id", String.class))
			.containsExactly("ann c-gb disposition " + jdbc.queryForObject("SELECT id FROM disposition", Long.class)
					+ " " + file + ":2", "ann c-us AWAITING_APPROVAL " + file + ":2");

		// and the workbench's four eyes apply: not the file's reviewer, another approver
		try (ReviewDb review = new ReviewDb(db.url())) {
			assertThat(review.states().stateOf("c-us")).hasValue(CandidateState.AWAITING_APPROVAL);
			assertThat(review.states().stateOf("c-gb")).hasValue(CandidateState.DISMISSED);
			assertThatExceptionOfType(SelfApproval.class)
				.isThrownBy(() -> review.decisions().approve("c-us", "Ann", true, "mine"));
			assertThat(review.decisions().approve("c-us", "bob", true, "agreed: our app")).isEqualTo(CandidateState.DISMISSED);
		}
		assertThat(jdbc.queryForList("SELECT country || ' ' || reviewer || ' ' || approver FROM disposition "
				+ "WHERE approver IS NOT NULL", String.class)).containsExactly("us ann bob");
	}

	@Test
	void shouldRefuseUnderFourEyesAConfirmedTierDismissalNoApproverCouldSee() throws Exception {
		// given: the candidate only in a run that has no complete report, so the workbench does not show it
		Imports db = imports("--delist.review.import-four-eyes=true");
		Cli cli = db.cli();
		JdbcTemplate jdbc = db.jdbc();
		insertCandidate(jdbc, 1, "us", "CONFIRMED");
		Path file = Files.writeString(this.dir.resolve("dismiss.csv"), HEADER
				+ "apple,111111111,test-apps,banned-app,CONFIRMED,the app,bob\n"
				+ "apple,111111111,test-apps,banned-app,DISMISSED,our own app,ann\n");

		// when
		Cli.Result refused = cli.run("review", "import", file.toString());

		// then: all or nothing, as for any bad row
		assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(2);
		assertThat(refused.err().strip()).isEqualTo("delist: " + file + ":3: apple appId 111111111 in us: a "
				+ "CONFIRMED-tier dismissal waits for an approver, but no current run shows this candidate to approve; "
				+ "leave it out, or dismiss it in the workbench once a run shows it; nothing imported from " + file);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM disposition", Long.class)).isZero();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM dismissal_approval", Long.class)).isZero();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event", Long.class)).isZero();
	}

	/** A migrated database of the test's own, the command line on it (with these settings), and SQL on it. */
	private Imports imports(String... settings) {
		String url = TestDatabase.newDatabase();
		Cli cli = new Cli("--spring.datasource.url=" + url, "--delist.jobs.dir=" + this.dir.resolve("jobs")).with(settings);
		return new Imports(url, cli, new JdbcTemplate(new DriverManagerDataSource(url, "postgres", "")));
	}

	private record Imports(String url, Cli cli, JdbcTemplate jdbc) {
	}

	private static void insertCandidate(JdbcTemplate jdbc, String country) {
		insertCandidate(jdbc, 1, country, "CONFIRMED");
	}

	private static void insertCandidate(JdbcTemplate jdbc, long run, String country, String tier) {
		jdbc.update("""
				INSERT INTO candidate (job_instance_id, candidate_id, store, country, app_id, title, developer_name,
				  url, fetched_at, list_id, entry_id, entry_name, entry_in_force, tier, score, reasons, evidence_sha256)
				VALUES (?, ?, 'apple', ?, '111111111', 'Banned App', 'Banned Dev', 'https://apps.apple.com/app/id1',
				  now(), 'test-apps', 'banned-app', 'Banned App', true, ?, 1.0,
				  '[{"code":"STORE_ID","field":"appId"}]', repeat('a', 64))""", run, "c-" + country, country, tier);
	}

	/** A complete Apple report of the run: what makes its candidates the workbench's. */
	private static void reportComplete(JdbcTemplate jdbc, long run) {
		jdbc.update("""
				INSERT INTO store_report (job_instance_id, job_execution_id, job_name, run_date, store, status, health,
				  candidates, report_dir)
				VALUES (?, ?, 'nightly', DATE '2026-11-29', 'apple', 'COMPLETE', '{}'::jsonb, '{}'::jsonb, '/tmp/r')""",
				run, run);
	}

}
