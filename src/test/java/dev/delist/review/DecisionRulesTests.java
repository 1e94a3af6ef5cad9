package dev.delist.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.delist.audit.AuditActions;
import dev.delist.audit.AuditEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The state machine of a candidate and the four-eyes rule, as a table: each case plays reviewers' actions on one
 * candidate of the current run and names what each action answers (the new state, or the refusal).
 */
class DecisionRulesTests {

	private static ReviewDb db;

	private static long run;

	@BeforeAll
	static void database() {
		db = new ReviewDb();
	}

	@AfterAll
	static void close() {
		db.close();
	}

	@BeforeEach
	void newRun() {
		// every case gets a fresh current run, so its candidate has no history
		run++;
		db.report(run, "apple", "COMPLETE", "2026-11-29");
	}

	static List<Arguments> cases() {
		return List.of(
				Arguments.of("confirm a POSSIBLE", "POSSIBLE", List.of("decide ann CONFIRMED"), List.of("CONFIRMED")),
				Arguments.of("dismiss a POSSIBLE", "POSSIBLE", List.of("decide ann DISMISSED"), List.of("DISMISSED")),
				Arguments.of("dismiss a LIKELY", "LIKELY", List.of("decide ann DISMISSED"), List.of("DISMISSED")),
				Arguments.of("confirm a CONFIRMED", "CONFIRMED", List.of("decide ann CONFIRMED"), List.of("CONFIRMED")),
				Arguments.of("dismissing a CONFIRMED waits", "CONFIRMED", List.of("decide ann DISMISSED"),
						List.of("AWAITING_APPROVAL")),
				Arguments.of("a second person approves", "CONFIRMED",
						List.of("decide ann DISMISSED", "approve bob yes"), List.of("AWAITING_APPROVAL", "DISMISSED")),
				Arguments.of("a rejection reopens", "CONFIRMED",
						List.of("decide ann DISMISSED", "approve bob no", "decide carol CONFIRMED"),
						List.of("AWAITING_APPROVAL", "OPEN", "CONFIRMED")),
				Arguments.of("rejected, dismissed again, approved", "CONFIRMED",
						List.of("decide ann DISMISSED", "approve bob no", "decide carol DISMISSED", "approve ann yes"),
						List.of("AWAITING_APPROVAL", "OPEN", "AWAITING_APPROVAL", "DISMISSED")),
				Arguments.of("the dismisser cannot approve", "CONFIRMED",
						List.of("decide ann DISMISSED", "approve ann yes", "state"),
						List.of("AWAITING_APPROVAL", "SelfApproval", "AWAITING_APPROVAL")),
				Arguments.of("nor reject", "CONFIRMED", List.of("decide ann DISMISSED", "approve ann no", "state"),
						List.of("AWAITING_APPROVAL", "SelfApproval", "AWAITING_APPROVAL")),
				Arguments.of("nor in other letters", "CONFIRMED", List.of("decide ann DISMISSED", "approve ' Ann ' yes"),
						List.of("AWAITING_APPROVAL", "SelfApproval")),
				Arguments.of("a confirmed one is decided", "POSSIBLE",
						List.of("decide ann CONFIRMED", "decide bob DISMISSED"), List.of("CONFIRMED", "AlreadyDecided CONFIRMED")),
				Arguments.of("a dismissed one is decided", "LIKELY", List.of("decide ann DISMISSED", "decide bob CONFIRMED"),
						List.of("DISMISSED", "AlreadyDecided DISMISSED")),
				Arguments.of("a waiting one is not decided again", "CONFIRMED",
						List.of("decide ann DISMISSED", "decide bob CONFIRMED"),
						List.of("AWAITING_APPROVAL", "AlreadyDecided AWAITING_APPROVAL")),
				Arguments.of("nothing to approve on an open one", "CONFIRMED", List.of("approve bob yes"),
						List.of("AlreadyDecided OPEN")),
				Arguments.of("nothing to approve on a dismissed POSSIBLE", "POSSIBLE",
						List.of("decide ann DISMISSED", "approve bob yes"), List.of("DISMISSED", "AlreadyDecided DISMISSED")),
				Arguments.of("an approval is answered once", "CONFIRMED",
						List.of("decide ann DISMISSED", "approve bob yes", "approve carol no"),
						List.of("AWAITING_APPROVAL", "DISMISSED", "AlreadyDecided DISMISSED")),
				Arguments.of("no such candidate", "POSSIBLE", List.of("decide ann DISMISSED unknown"),
						List.of("NoSuchCandidate")),
				Arguments.of("no such candidate to approve", "POSSIBLE", List.of("approve bob yes unknown"),
						List.of("NoSuchCandidate")),
				Arguments.of("a blank reason", "POSSIBLE", List.of("decide ann DISMISSED reason=' '", "state"),
						List.of("InvalidDecision reason", "OPEN")),
				Arguments.of("no reason", "POSSIBLE", List.of("decide ann CONFIRMED reason=null"),
						List.of("InvalidDecision reason")),
				Arguments.of("a reason of 2,000 characters", "POSSIBLE", List.of("decide ann DISMISSED reason=2000"),
						List.of("DISMISSED")),
				Arguments.of("a reason of 2,001 characters", "POSSIBLE",
						List.of("decide ann DISMISSED reason=2001", "state"), List.of("InvalidDecision reason", "OPEN")),
				Arguments.of("a NUL in the reason", "POSSIBLE", List.of("decide ann DISMISSED reason=nul"),
						List.of("InvalidDecision reason")),
				Arguments.of("an approval needs a reason too", "CONFIRMED",
						List.of("decide ann DISMISSED", "approve bob yes reason=' '", "state"),
						List.of("AWAITING_APPROVAL", "InvalidDecision reason", "AWAITING_APPROVAL")),
				Arguments.of("no decision", "POSSIBLE", List.of("decide ann null"), List.of("InvalidDecision decision")),
				Arguments.of("no user", "POSSIBLE", List.of("decide '' DISMISSED"), List.of("InvalidDecision user")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void shouldAnswerEachActionByTheRules(String name, String tier, List<String> actions, List<String> expected) {
		// given
		String id = db.insert(ReviewDb.Seed.of(run, "apple", "us", "1" + run, "banned-app", tier, 0.9)).id();

		// when
		List<String> answers = new ArrayList<>();
		for (String action : actions) {
			answers.add(play(action, id));
		}

		// then
		assertThat(answers).containsExactlyElementsOf(expected);
	}

	@Test
	void shouldWriteAnApprovedDismissalInTheDismissersNameWithTheApprover() {
		// given
		String id = db.insert(ReviewDb.Seed.of(run, "apple", "us", "777", "banned-app", "CONFIRMED", 1.0)).id();
		db.decisions().decide(id, "ann", Decision.DISMISSED, "a different app reusing the bundle id");

		// then: nothing suppresses it while it waits
		assertThat(dispositions(id)).isEmpty();

		// when
		db.decisions().approve(id, "bob", true, "checked the developer account");

		// then
		assertThat(dispositions(id)).containsExactly(Map.of("decision", "DISMISSED", "reviewer", "ann", "approver", "bob",
				"source", "web", "reason", "a different app reusing the bundle id", "tier", "CONFIRMED", "evidence",
				"e".repeat(1) + "0".repeat(63), "run", run));
		assertThat(db.jdbc.queryForMap("SELECT outcome, decided_by, decision_reason, disposition_id IS NOT NULL AS linked"
				+ " FROM dismissal_approval WHERE candidate_id = ?", id))
			.containsEntry("outcome", "APPROVED")
			.containsEntry("decided_by", "bob")
			.containsEntry("decision_reason", "checked the developer account")
			.containsEntry("linked", true);
	}

	@Test
	void shouldRecordAnOrdinaryDecisionAtOnceKeyedOnTheEvidence() {
		// given
		String id = db.insert(ReviewDb.Seed.of(run, "apple", "gb", "778", "other-app", "POSSIBLE", 0.4)
			.evidence("abc")).id();

		// when
		db.decisions().decide(id, "ann", Decision.DISMISSED, "  title only  ");

		// then
		assertThat(dispositions(id)).containsExactly(Map.of("decision", "DISMISSED", "reviewer", "ann", "source", "web",
				"reason", "title only", "tier", "POSSIBLE", "evidence", "abc" + "0".repeat(61), "run", run));
		assertThat(db.jdbc.queryForObject("SELECT reason_codes::text FROM disposition WHERE candidate_id = ?",
				String.class, id)).isEqualTo("[\"STORE_ID\"]");
	}

	@Test
	void shouldDecideOnTheLatestCompleteRunOnly() {
		// given: the candidate in this complete run, and with other evidence in a newer run that is INCOMPLETE
		long complete = run;
		long incomplete = ++run;
		ReviewDb.Seed seed = ReviewDb.Seed.of(complete, "apple", "us", "779", "banned-app", "LIKELY", 0.8);
		db.insert(seed);
		String onlyInIncomplete = db.insert(ReviewDb.Seed.of(incomplete, "apple", "us", "780", "banned-app", "LIKELY", 0.8))
			.id();
		db.insert(seed.inRun(incomplete).evidence("f"));
		db.report(incomplete, "apple", "INCOMPLETE", "2026-11-30");

		// when
		db.decisions().decide(seed.id(), "ann", Decision.DISMISSED, "not the app");

		// then: bound to the evidence of the run reviewers see; the incomplete run's candidate is not decidable
		assertThat(dispositions(seed.id())).singleElement()
			.satisfies((d) -> assertThat(d).containsEntry("run", complete));
		assertThatExceptionOfType(NoSuchCandidate.class)
			.isThrownBy(() -> db.decisions().decide(onlyInIncomplete, "ann", Decision.DISMISSED, "x"));
	}

	@Test
	void shouldReopenADecisionWhenTheListingChanges() {
		// given: a dismissed clone, a confirmed app and a CONFIRMED-tier dismissal still waiting
		ReviewDb.Seed dismissed = db.insert(ReviewDb.Seed.of(run, "apple", "us", "781", "banned-app", "POSSIBLE", 0.5));
		ReviewDb.Seed confirmed = db.insert(ReviewDb.Seed.of(run, "apple", "us", "782", "banned-app", "LIKELY", 0.8));
		ReviewDb.Seed waiting = db.insert(ReviewDb.Seed.of(run, "apple", "us", "783", "banned-app", "CONFIRMED", 1.0));
		db.decisions().decide(dismissed.id(), "ann", Decision.DISMISSED, "clone");
		db.decisions().decide(confirmed.id(), "ann", Decision.CONFIRMED, "it is the app");
		db.decisions().decide(waiting.id(), "ann", Decision.DISMISSED, "not it");

		// when: the next complete run sees the first two unchanged and the third with a new title
		long next = ++run;
		db.report(next, "apple", "COMPLETE", "2026-11-30");
		db.insert(dismissed.inRun(next));
		db.insert(confirmed.inRun(next));
		db.insert(waiting.inRun(next).evidence("d"));

		// then: decisions hold for unchanged evidence; the waiting dismissal lapses and a new one can be made
		assertThat(db.states().stateOf(dismissed.id())).contains(CandidateState.DISMISSED);
		assertThat(db.states().stateOf(confirmed.id())).contains(CandidateState.CONFIRMED);
		assertThat(db.states().stateOf(waiting.id())).contains(CandidateState.OPEN);
		assertThat(db.decisions().decide(waiting.id(), "carol", Decision.DISMISSED, "still not it"))
			.isEqualTo(CandidateState.AWAITING_APPROVAL);
		assertThat(db.jdbc.queryForList("SELECT coalesce(outcome, 'WAITING') FROM dismissal_approval"
				+ " WHERE candidate_id = ? ORDER BY id", String.class, waiting.id())).containsExactly("LAPSED", "WAITING");

		// when: a further run changes the other two listings
		long third = ++run;
		db.report(third, "apple", "COMPLETE", "2026-12-01");
		db.insert(dismissed.inRun(third).evidence("c"));
		db.insert(confirmed.inRun(third).evidence("c"));

		// then
		assertThat(db.states().stateOf(dismissed.id())).contains(CandidateState.OPEN);
		assertThat(db.states().stateOf(confirmed.id())).contains(CandidateState.OPEN);
		assertThat(db.states().stateOf(waiting.id())).isEmpty();
	}

	@Test
	void shouldReopenADismissalWhenAStrongerReasonAppears() {
		// given: a dismissed POSSIBLE match
		ReviewDb.Seed seed = db.insert(ReviewDb.Seed.of(run, "apple", "us", "784", "banned-app", "POSSIBLE", 0.5));
		db.decisions().decide(seed.id(), "ann", Decision.DISMISSED, "clone");

		// when: the next run matches the same listing as LIKELY
		long next = ++run;
		db.report(next, "apple", "COMPLETE", "2026-11-30");
		db.insert(seed.inRun(next).tier("LIKELY"));

		// then: as the match step decides (a dismissal holds for a tier no stronger), reviewers see it again
		assertThat(db.states().stateOf(seed.id())).contains(CandidateState.OPEN);
	}

	@Test
	void shouldLetOnlyOneOfTwoSimultaneousDecisionsThrough() throws Exception {
		// given
		String id = db.insert(ReviewDb.Seed.of(run, "apple", "us", "785", "banned-app", "POSSIBLE", 0.5)).id();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<String>> answers = new ArrayList<>();
			for (String user : List.of("ann", "bob")) {
				Callable<String> decide = () -> {
					start.await();
					try {
						return db.decisions().decide(id, user, Decision.DISMISSED, "clone").name();
					}
					catch (AlreadyDecided ex) {
						return "AlreadyDecided " + ex.state();
					}
				};
				answers.add(pool.submit(decide));
			}

			// when
			start.countDown();

			// then
			assertThat(List.of(answers.get(0).get(), answers.get(1).get()))
				.containsExactlyInAnyOrder("DISMISSED", "AlreadyDecided DISMISSED");
			assertThat(dispositions(id)).hasSize(1);
			assertThat(db.audit().forCandidate(id)).extracting(AuditEvent::action)
				.containsExactlyInAnyOrder(AuditActions.DECISION, AuditActions.REFUSED);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void shouldRecordRefusalsWithoutHoldingOneConnectionWhileAskingForAnother() throws Exception {
		// given: a dismissal waiting for approval, and as many self-approvals at once as the pool has connections
		// (ReviewDb's 4): each waits for the candidate's lock while holding a connection, so a refusal recorded
		// before its own connection is given back would wait for a fifth that never comes
		String id = db.insert(ReviewDb.Seed.of(run, "apple", "us", "787", "banned-app", "CONFIRMED", 1.0)).id();
		db.decisions().decide(id, "ann", Decision.DISMISSED, "a fan page");
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<String>> answers = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				answers.add(pool.submit(() -> {
					start.await();
					try {
						return db.decisions().approve(id, "ann", true, "my own").name();
					}
					catch (SelfApproval ex) {
						return "SelfApproval";
					}
				}));
			}

			// when
			start.countDown();

			// then: each refused at once, and each refusal on the record
			for (Future<String> answer : answers) {
				assertThat(answer.get(20, TimeUnit.SECONDS)).isEqualTo("SelfApproval");
			}
			assertThat(db.audit().forCandidate(id)).extracting(AuditEvent::action)
				.containsExactly(AuditActions.DECISION, AuditActions.REFUSED, AuditActions.REFUSED,
						AuditActions.REFUSED, AuditActions.REFUSED);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void shouldAuditEveryActionOfADecisionSequenceAndEachRefusal() {
		// given
		String id = db.insert(ReviewDb.Seed.of(run, "apple", "us", "786", "banned-app", "CONFIRMED", 1.0)).id();

		// when
		db.decisions().decide(id, "ann", Decision.DISMISSED, "a fan page, not the app");
		assertThatExceptionOfType(SelfApproval.class)
			.isThrownBy(() -> db.decisions().approve(id, "ann", true, "approving my own"));
		db.decisions().approve(id, "bob", false, "the id is the listed one");
		assertThatExceptionOfType(AlreadyDecided.class)
			.isThrownBy(() -> db.decisions().approve(id, "bob", true, "again"));
		db.decisions().decide(id, "carol", Decision.DISMISSED, "re-uploaded by a fan, see ticket 12");
		db.decisions().approve(id, "dave", true, "agree");

		// then
		List<AuditEvent> events = db.audit().forCandidate(id);
		assertThat(events).extracting((e) -> e.user() + " " + e.action() + " " + e.detail().get("state"))
			.containsExactly("ann DECISION AWAITING_APPROVAL", "ann REFUSED null", "bob REJECTION OPEN",
					"bob REFUSED OPEN", "carol DECISION AWAITING_APPROVAL", "dave APPROVAL DISMISSED");
		// a refusal names what was tried and why it was refused; nothing else changed (the states above)
		assertThat(events.get(1).detail()).containsOnly(Map.entry("attempted", AuditActions.APPROVAL),
				Map.entry("refusal", "'ann' dismissed candidate '" + id + "' and cannot also approve that dismissal;"
						+ " another approver has to"));
		assertThat(events.get(3).detail()).containsEntry("attempted", AuditActions.APPROVAL)
			.containsEntry("refusal", "candidate '" + id + "' is OPEN, not AWAITING_APPROVAL");
		assertThat(events.get(0).detail()).containsEntry("decision", "DISMISSED")
			.containsEntry("reason", "a fan page, not the app")
			.containsEntry("tier", "CONFIRMED")
			.containsEntry("store", "apple")
			.containsEntry("country", "us")
			.containsEntry("appId", "786")
			.containsEntry("evidenceSha256", "e" + "0".repeat(63))
			.containsKey("approvalId");
		assertThat(events.get(2).detail()).containsEntry("approve", false)
			.containsEntry("reason", "the id is the listed one")
			.containsEntry("dismissedBy", "ann");
		assertThat(events.get(5).detail()).containsEntry("approve", true)
			.containsEntry("dismissedBy", "carol")
			.containsEntry("dismissalReason", "re-uploaded by a fan, see ticket 12")
			.containsEntry("dispositionId", db.jdbc.queryForObject("SELECT id FROM disposition WHERE candidate_id = ?",
					Long.class, id).intValue());
		assertThat(events).extracting(AuditEvent::id).isSorted();
	}

	@Test
	void shouldDecideAFilteredSelectionByTheSameRules() {
		// given: in us, a POSSIBLE, a CONFIRMED-tier and an already confirmed candidate; in gb one more
		ReviewDb.Seed possible = db.insert(ReviewDb.Seed.of(run, "apple", "us", "790", "banned-app", "POSSIBLE", 0.5));
		ReviewDb.Seed strong = db.insert(ReviewDb.Seed.of(run, "apple", "us", "791", "banned-app", "CONFIRMED", 1.0));
		ReviewDb.Seed decided = db.insert(ReviewDb.Seed.of(run, "apple", "us", "792", "banned-app", "LIKELY", 0.8));
		ReviewDb.Seed elsewhere = db.insert(ReviewDb.Seed.of(run, "apple", "gb", "790", "banned-app", "POSSIBLE", 0.5));
		db.decisions().decide(decided.id(), "bob", Decision.CONFIRMED, "the app");
		QueueFilter usOnly = new QueueFilter("apple", null, null, null, "us", null, null, null);

		// when
		BulkResult result = db.decisions().decideAll(usOnly, "ann", Decision.DISMISSED, "sweep of clones");

		// then
		assertThat(result).isEqualTo(new BulkResult(3, 0, 1, 1, 1));
		assertThat(db.states().stateOf(possible.id())).contains(CandidateState.DISMISSED);
		assertThat(db.states().stateOf(strong.id())).contains(CandidateState.AWAITING_APPROVAL);
		assertThat(db.states().stateOf(decided.id())).contains(CandidateState.CONFIRMED);
		assertThat(db.states().stateOf(elsewhere.id())).contains(CandidateState.OPEN);
		assertThat(db.audit().forCandidate(possible.id())).singleElement()
			.satisfies((e) -> assertThat(e.detail()).containsEntry("bulk", true).containsEntry("state", "DISMISSED"));
		assertThat(db.audit().forCandidate(decided.id())).hasSize(1);
	}

	@Test
	void shouldRefuseABulkDecisionOverTooManyCandidates() {
		// given
		db.jdbc.update("""
				INSERT INTO candidate (job_instance_id, candidate_id, store, country, app_id, title, developer_name, url,
				  fetched_at, list_id, entry_id, entry_name, entry_in_force, tier, score, reasons, evidence_sha256,
				  takedown_candidate)
				SELECT ?, 'bulk' || g, 'apple', 'us', 'bulk' || g, 't', 'd', 'u', now(), 'test-apps', 'banned-app', 'B',
				  true, 'POSSIBLE', 0.5, '[]', repeat('0', 64), true FROM generate_series(1, ?) g""", run,
				Decisions.MAX_BULK + 1);

		// when / then
		assertThatExceptionOfType(InvalidDecision.class)
			.isThrownBy(() -> db.decisions().decideAll(QueueFilter.open(), "ann", Decision.DISMISSED, "all of them"))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("filter"));
		assertThat(db.jdbc.queryForObject("SELECT count(*) FROM disposition WHERE candidate_id LIKE 'bulk%'", Long.class))
			.isZero();
	}

	@Test
	void shouldReadDecisionsImportedFromCsvAsTheirState() {
		// given: one candidate decided by review import, one waiting for an approver when an import settles it
		ReviewDb.Seed imported = db.insert(ReviewDb.Seed.of(run, "apple", "us", "795", "banned-app", "LIKELY", 0.8));
		ReviewDb.Seed waiting = db.insert(ReviewDb.Seed.of(run, "apple", "us", "796", "banned-app", "CONFIRMED", 1.0));
		db.decisions().decide(waiting.id(), "ann", Decision.DISMISSED, "not it");
		DispositionRepository repository = new DispositionRepository(
				org.springframework.jdbc.core.simple.JdbcClient.create(db.dataSource));

		// when
		repository.record(new ReviewRow("f.csv:2", "apple", "us", "795", "test-apps", "banned-app", Decision.DISMISSED,
				"clone", "erin"), java.time.Instant.now());
		repository.record(new ReviewRow("f.csv:3", "apple", null, "796", "test-apps", "banned-app", Decision.CONFIRMED,
				"it is the app", "erin"), java.time.Instant.now().plusSeconds(1));

		// then: the queue and the next report agree; the settled request shows as lapsed, not waiting
		assertThat(db.states().stateOf(imported.id())).contains(CandidateState.DISMISSED);
		assertThat(db.states().stateOf(waiting.id())).contains(CandidateState.CONFIRMED);
		assertThat(db.details().find(waiting.id()).orElseThrow().approvals())
			.extracting(CandidateDetail.PastApproval::outcome)
			.containsExactly("LAPSED");
		assertThatExceptionOfType(AlreadyDecided.class)
			.isThrownBy(() -> db.decisions().approve(waiting.id(), "bob", true, "late"))
			.satisfies((ex) -> assertThat(ex.state()).isEqualTo(CandidateState.CONFIRMED));
	}

	@Test
	void shouldFindNoCandidateForAnIdThatCannotBeOne() {
		for (String id : List.of("nul\u0000id", "x".repeat(10_000), "", " ")) {
			assertThatExceptionOfType(NoSuchCandidate.class)
				.isThrownBy(() -> db.decisions().decide(id, "ann", Decision.DISMISSED, "r"))
				.satisfies((ex) -> assertThat(ex.getMessage()).hasSizeLessThan(300).doesNotContain("\u0000"));
		}
	}

	private static List<Map<String, Object>> dispositions(String id) {
		return db.jdbc.queryForList("""
				SELECT decision, reviewer, approver, source, reason, tier, evidence_sha256 AS evidence,
				  job_instance_id AS run
				FROM disposition WHERE candidate_id = ? ORDER BY id""", id)
			.stream()
			.map((row) -> {
				Map<String, Object> copy = new java.util.LinkedHashMap<>(row);
				copy.values().removeIf(java.util.Objects::isNull);
				return (Map<String, Object>) copy;
			})
			.toList();
	}

	/**
	 * Plays {@code decide USER DECISION [unknown] [reason=...]}, {@code approve USER yes|no [unknown] [reason=...]}
	 * or {@code state}; @return the new state, or the refusal's class (with the state or field it names)
	 */
	private static String play(String action, String id) {
		List<String> words = words(action);
		String target = words.contains("unknown") ? "no-such-candidate" : id;
		String reason = "a reason";
		for (String word : words) {
			if (word.startsWith("reason=")) {
				String value = word.substring("reason=".length());
				reason = switch (value) {
					case "null" -> null;
					case "2000" -> "x".repeat(1999) + "\u00e9";
					case "2001" -> "x".repeat(2001);
					case "nul" -> "one\u0000two";
					default -> value;
				};
			}
		}
		try {
			return switch (words.get(0)) {
				case "state" -> db.states().stateOf(id).orElseThrow().name();
				case "decide" -> db.decisions()
					.decide(target, words.get(1), words.get(2).equals("null") ? null : Decision.valueOf(words.get(2)),
							reason)
					.name();
				case "approve" -> db.decisions().approve(target, words.get(1), words.get(2).equals("yes"), reason).name();
				default -> throw new IllegalArgumentException(action);
			};
		}
		catch (AlreadyDecided ex) {
			return "AlreadyDecided " + ex.state();
		}
		catch (InvalidDecision ex) {
			return "InvalidDecision " + ex.field();
		}
		catch (ReviewException ex) {
			return ex.getClass().getSimpleName();
		}
	}

	/** Words of an action; a quoted one may hold blanks or be empty. */
	private static List<String> words(String action) {
		List<String> words = new ArrayList<>();
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("(\\S*?)'([^']*)'|(\\S+)").matcher(action);
		while (matcher.find()) {
			words.add((matcher.group(3) != null) ? matcher.group(3) : matcher.group(1) + matcher.group(2));
		}
		return words;
	}

}
