package dev.delist.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.Stream;

import dev.delist.match.Tier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The queue against a model of what was seeded: three runs of Apple (an older one, the previous and the current
 * complete run) and Google Play (complete, then a newer INCOMPLETE run that must not show), with many ties in
 * tier and score, apps in one to three storefronts, changes of every kind and decisions of every kind. Every page
 * walk and every filter must give exactly the model's rows in the model's order.
 */
class CandidateQueueTests {

	private static final Comparator<Model> ORDER = Comparator.comparing((Model m) -> m.tier)
		.thenComparing((Model m) -> -m.score)
		.thenComparing((Model m) -> m.id)
		.thenComparing((Model m) -> m.store);

	private static ReviewDb db;

	/** What the queue should show: the current rows, with their expected change and state. */
	private static final List<Model> model = new ArrayList<>();

	@BeforeAll
	static void seed() {
		db = new ReviewDb();
		// each store's runs are its own job instances (Google Play's 11 to 14), so one id can be in both current runs
		for (String store : List.of("apple", "google-play")) {
			db.report(run(store, 1), store, "COMPLETE", "2026-11-27");
			db.report(run(store, 2), store, "COMPLETE", "2026-11-28");
			db.report(run(store, 3), store, "COMPLETE", "2026-11-29");
		}
		db.report(run("google-play", 4), "google-play", "INCOMPLETE", "2026-11-30");
		Random random = new Random(15);
		String[] tiers = { "CONFIRMED", "LIKELY", "POSSIBLE" };
		double[] scores = { 1.0, 0.9, 0.9, 0.75, 0.5 };
		String[] countries = { "us", "gb", "de" };
		int apps = 0;
		for (String store : List.of("apple", "google-play")) {
			for (int app = 0; app < ((store.equals("apple")) ? 90 : 45); app++) {
				String appId = store.charAt(0) + "app" + (apps++);
				String entry = random.nextBoolean() ? "banned-app" : "other-app";
				String list = (random.nextInt(4) == 0) ? "other-list" : "test-apps";
				int storefronts = 1 + random.nextInt(3);
				String tier = tiers[random.nextInt(3)];
				for (int c = 0; c < storefronts; c++) {
					// storefronts of one app mostly agree, sometimes not: the group's leader must be its best
					String rowTier = (random.nextInt(5) == 0) ? tiers[random.nextInt(3)] : tier;
					ReviewDb.Seed seed = ReviewDb.Seed.of(run(store, 3), store, countries[c], appId, entry, rowTier,
							scores[random.nextInt(scores.length)])
						.list(list)
						.takedown(random.nextInt(3) > 0);
					CandidateChange change = history(seed, random.nextInt(6));
					db.insert(seed);
					model.add(new Model(seed, change));
				}
			}
			// the same listing in the newer, incomplete Google Play run, and a candidate only that run has
			if (store.equals("google-play")) {
				db.insert(model.get(model.size() - 1).seed.inRun(run(store, 4)).evidence("9"));
				db.insert(ReviewDb.Seed.of(run(store, 4), store, "us", "only-in-incomplete", "banned-app", "CONFIRMED", 1.0));
			}
		}
		// a tie across stores: two rows with the same id, tier and score
		Model apple = model.stream().filter((m) -> m.store.equals("apple")).findFirst().orElseThrow();
		Model play = model.stream().filter((m) -> m.store.equals("google-play")).findFirst().orElseThrow();
		for (Model tied : List.of(apple, play)) {
			db.jdbc.update("UPDATE candidate SET tier = 'LIKELY', score = 0.9 WHERE job_instance_id = ? AND candidate_id = ?",
					run(tied.store, 3), tied.id);
			// its rows of earlier runs too, so its change stays what the model says
			db.jdbc.update("UPDATE candidate SET candidate_id = 'ffff' WHERE store = ? AND candidate_id = ?", tied.store,
					tied.id);
			tied.id = "ffff";
			// as in the report's diff, an earlier reported row of the id makes it RESURFACED, here Apple's (run 3 < 13);
			// real ids cannot meet across stores (the store is part of the hash)
			if (tied == play && tied.change == CandidateChange.NEW) {
				tied.change = CandidateChange.RESURFACED;
			}
			tied.tier = Tier.LIKELY;
			tied.score = 0.9;
		}
		decide();
		// two storefronts of one app with a score no other row has, so they stand next to each other in the queue;
		// the first is confirmed, the other still open
		for (String country : List.of("us", "gb")) {
			ReviewDb.Seed seed = ReviewDb.Seed.of(run("apple", 3), "apple", country, "aapp-twin", "banned-app",
					"CONFIRMED", 0.99);
			db.insert(seed);
			model.add(new Model(seed, CandidateChange.NEW));
		}
		Model twin = model.stream().filter((m) -> m.seed.appId().equals("aapp-twin")).sorted(ORDER).findFirst().orElseThrow();
		twin.state = db.decisions().decide(twin.id, "ann", Decision.CONFIRMED, "the app");
	}

	private static long run(String store, int n) {
		return store.equals("apple") ? n : 10 + n;
	}

	@AfterAll
	static void close() {
		db.close();
	}

	/** Writes the rows of earlier runs that make the current row's change {@code kind}; @return that change */
	private static CandidateChange history(ReviewDb.Seed seed, int kind) {
		long older = run(seed.store(), 1);
		long previous = run(seed.store(), 2);
		switch (kind) {
			case 1 -> db.insert(seed.inRun(previous));
			case 2 -> db.insert(seed.inRun(previous).evidence("0c"));
			case 3 -> db.insert(seed.inRun(older).evidence("01"));
			case 4 -> db.insert(seed.inRun(previous).suppressed(true));
			case 5 -> {
				db.insert(seed.inRun(older));
				db.insert(seed.inRun(previous).suppressed(true));
			}
			default -> {
			}
		}
		return switch (kind) {
			case 1 -> CandidateChange.UNCHANGED;
			case 2 -> CandidateChange.CHANGED;
			case 3, 5 -> CandidateChange.RESURFACED;
			default -> CandidateChange.NEW;
		};
	}

	/** Reviewers' decisions on some rows, through the workbench, and the states the model expects after them. */
	private static void decide() {
		for (int i = 0; i < model.size(); i++) {
			Model m = model.get(i);
			if (i % 7 == 3) {
				m.state = db.decisions().decide(m.id, "ann", Decision.CONFIRMED, "the app");
				assertThat(m.state).isEqualTo(CandidateState.CONFIRMED);
			}
			else if (i % 5 == 1 && !m.id.equals("ffff")) {
				m.state = db.decisions().decide(m.id, "ann", Decision.DISMISSED, "not the app");
				assertThat(m.state).isEqualTo((m.tier == Tier.CONFIRMED) ? CandidateState.AWAITING_APPROVAL
						: CandidateState.DISMISSED);
				if (m.state == CandidateState.AWAITING_APPROVAL && i % 2 == 0) {
					m.state = db.decisions().approve(m.id, "bob", true, "agreed");
				}
			}
		}
		assertThat(model).extracting((m) -> m.state).contains(CandidateState.values());
	}

	@Test
	void shouldWalkEveryPageOfCandidatesLosingAndRepeatingNothing() {
		for (QueueFilter filter : List.of(QueueFilter.everything(), QueueFilter.open())) {
			List<String> expected = expected(filter).stream().map(Model::key).toList();
			for (int size : new int[] { 1, 4, 200 }) {
				assertThat(walkCandidates(filter, size)).as("%s, pages of %d", filter, size)
					.containsExactlyElementsOf(expected);
			}
		}
	}

	@Test
	void shouldWalkEveryPageOfGroupsWithTheirStorefrontsTogether() {
		for (QueueFilter filter : List.of(QueueFilter.everything(), QueueFilter.open(),
				QueueFilter.fromParameters(Map.of("country", "gb", "state", "all")))) {
			List<String> expected = expectedGroups(filter);
			assertThat(expected).hasSizeGreaterThan(10);
			for (int size : new int[] { 1, 3, 7, 200 }) {
				assertThat(walkGroups(filter, size)).as("%s, pages of %d", filter, size)
					.containsExactlyElementsOf(expected);
			}
		}
	}

	@Test
	void shouldLeadFromEachGroupToTheNextAsTheQueueShowsThem() {
		for (QueueFilter filter : List.of(QueueFilter.open(), QueueFilter.everything(),
				QueueFilter.fromParameters(Map.of("country", "gb", "state", "all")),
				QueueFilter.fromParameters(Map.of("store", "google-play", "tier", "LIKELY")))) {
			// given: the groups as the pages show them, each with its leader
			List<QueueGroup> groups = new ArrayList<>();
			String cursor = null;
			do {
				QueuePage<QueueGroup> page = db.queue().groups(filter, cursor, 200);
				groups.addAll(page.items());
				cursor = page.nextCursor();
			}
			while (cursor != null);
			assertThat(groups).as("%s", filter).hasSizeGreaterThan(3);

			// when: a reviewer goes on from each group's leader, and from each of its other storefronts
			for (int i = 0; i < groups.size(); i++) {
				String expected = (i + 1 < groups.size()) ? groupKey(groups.get(i + 1)) : null;
				for (QueueCandidate storefront : groups.get(i).storefronts()) {
					Optional<QueueCandidate> next = db.queue().after(filter, storefront.store(), storefront.id());

					// then: the next group, whichever storefront the reviewer looked at; nothing after the last
					assertThat(next.map(CandidateQueueTests::groupKey).orElse(null))
						.as("%s, after %s of group %d", filter, storefront.id(), i)
						.isEqualTo(expected);
				}
			}
		}
	}

	@Test
	void shouldGoOnFromADecidedCandidateWhereItStood() {
		// given: the open queue's groups, and the decided candidates that led their group before the decision
		List<QueueGroup> open = new ArrayList<>();
		String cursor = null;
		do {
			QueuePage<QueueGroup> page = db.queue().groups(QueueFilter.open(), cursor, 200);
			open.addAll(page.items());
			cursor = page.nextCursor();
		}
		while (cursor != null);
		List<Model> decided = model.stream()
			.filter((m) -> m.state != CandidateState.OPEN && group(m).indexOf(m) == 0)
			.toList();
		assertThat(decided).hasSizeGreaterThan(5);
		int ownApp = 0;
		for (Model m : decided) {
			// the first group of the open queue that sorts after where the decided candidate stood
			QueueGroup expected = open.stream().filter((g) -> ORDER.compare(leader(g), m) > 0).findFirst().orElse(null);

			// when
			Optional<QueueCandidate> next = db.queue().after(QueueFilter.open(), m.store, m.id);

			// then
			assertThat(next.map(CandidateQueueTests::groupKey).orElse(null)).as("after %s", m)
				.isEqualTo((expected != null) ? groupKey(expected) : null);
			if (next.isPresent() && next.get().appId().equals(m.seed.appId())) {
				ownApp++;
			}
		}
		// the twin: its app's other storefront, open, comes next
		assertThat(ownApp).as("decided storefronts whose app's open storefront comes next").isPositive();
	}

	@Test
	void shouldLeadAReviewerPastAnAppAnotherReviewerHasOpen() {
		// given: the first three apps of Apple's open queue; bob has the second one's leader open
		QueueFilter filter = QueueFilter.fromParameters(Map.of("store", "apple"));
		List<Model> leaders = db.queue().groups(filter, null, 3).items().stream().map(CandidateQueueTests::leader).toList();
		Model first = leaders.get(0);
		Model second = leaders.get(1);
		Model third = leaders.get(2);
		assertThat(db.claims().open(second.id, "bob")).as("free: bob's now").isEmpty();
		assertThat(db.queue().groups(filter, null, 3).items()).extracting((g) -> claimedBy(g, second.id))
			.as("the queue says who has it open").containsExactly(null, "bob", null);

		// when / then: ann is led past it, bob is not, nor is a caller that names no reviewer
		assertThat(next(filter, first, "ann")).isEqualTo(third.id);
		assertThat(next(filter, first, "bob")).isEqualTo(second.id);
		assertThat(next(filter, first, null)).isEqualTo(second.id);
		// ann opening it anyway learns who has it, and does not take it
		assertThat(db.claims().open(second.id, "ann")).map(Claims.Claim::user).contains("bob");
		assertThat(next(filter, first, "ann")).isEqualTo(third.id);

		// and a reviewer starting on the queue begins past it too
		assertThat(db.queue().first(filter, "ann")).map(QueueCandidate::id).contains(first.id);
		assertThat(db.claims().open(first.id, "carl")).isEmpty();
		assertThat(db.queue().first(filter, "ann")).map(QueueCandidate::id).contains(third.id);
		assertThat(db.queue().first(filter, "carl")).map(QueueCandidate::id).contains(first.id);
		db.jdbc.update("DELETE FROM candidate_claim WHERE candidate_id = ?", first.id);

		// when: bob's claim lapses (10 minutes by default)
		db.jdbc.update("UPDATE candidate_claim SET claimed_at = now() - interval '11 minutes' WHERE candidate_id = ?",
				second.id);

		// then: ann is led to it again, and opening it makes it hers
		assertThat(next(filter, first, "ann")).isEqualTo(second.id);
		assertThat(db.claims().open(second.id, "ann")).isEmpty();
		assertThat(db.claims().open(second.id, "bob")).map(Claims.Claim::user).contains("ann");
		assertThat(next(filter, first, "bob")).isEqualTo(third.id);
	}

	@Test
	void shouldCountAClaimOnlyWhileItsCandidateIsOpen() {
		// given: in the queue of every state, an app whose leader is decided, claimed by bob
		QueueFilter filter = QueueFilter.fromParameters(Map.of("store", "apple", "state", "all"));
		List<Model> leaders = db.queue().groups(filter, null, 200).items().stream().map(CandidateQueueTests::leader).toList();
		int decided = 1;
		while (leaders.get(decided).state == CandidateState.OPEN) {
			decided++;
		}
		String claimed = leaders.get(decided).id;
		db.claims().open(claimed, "bob");

		// then: nobody is kept from a decided candidate (an approver reads one that waits for approval)
		assertThat(next(filter, leaders.get(decided - 1), "ann")).isEqualTo(claimed);
		assertThat(db.queue().groups(filter, null, 200).items()).extracting((g) -> claimedBy(g, claimed))
			.containsOnlyNulls();
	}

	/** Who the queue says has a candidate of the group open, or null. */
	private static String claimedBy(QueueGroup group, String candidateId) {
		return group.storefronts().stream().filter((s) -> s.id().equals(candidateId)).findFirst()
			.map(QueueCandidate::claimedBy).orElse(null);
	}

	private static String next(QueueFilter filter, Model from, String reviewer) {
		return db.queue().after(filter, from.store, from.id, reviewer).map(QueueCandidate::id).orElse(null);
	}

	@Test
	void shouldLeadNowhereFromACandidateOutsideTheQueue() {
		// a candidate only the newer, incomplete run has; an unknown id; a store the filter leaves out
		assertThat(db.queue().after(QueueFilter.everything(), "google-play", "only-in-incomplete")).isEmpty();
		assertThat(db.queue().after(QueueFilter.everything(), "apple", "no-such-id")).isEmpty();
		Model apple = model.stream().filter((m) -> m.store.equals("apple")).findFirst().orElseThrow();
		assertThat(db.queue().after(QueueFilter.fromParameters(Map.of("store", "google-play")), "apple", apple.id))
			.isEmpty();
	}

	/** A model row's group in the current run, in queue order (every state). */
	private static List<Model> group(Model member) {
		return model.stream()
			.filter((m) -> m.store.equals(member.store) && m.seed.appId().equals(member.seed.appId())
					&& m.seed.listId().equals(member.seed.listId()) && m.seed.entryId().equals(member.seed.entryId()))
			.sorted(ORDER)
			.toList();
	}

	/** A group's leader as a model row, for comparing positions in queue order. */
	private static Model leader(QueueGroup group) {
		QueueCandidate best = group.storefronts().stream()
			.min(Comparator.comparing(QueueCandidate::tier)
				.thenComparing((QueueCandidate c) -> -c.score())
				.thenComparing(QueueCandidate::id))
			.orElseThrow();
		return model.stream().filter((m) -> m.store.equals(best.store()) && m.id.equals(best.id())).findFirst().orElseThrow();
	}

	private static String groupKey(QueueGroup group) {
		return group.store() + "/" + group.appId() + "/" + group.listId() + "/" + group.entryId();
	}

	private static String groupKey(QueueCandidate candidate) {
		return candidate.store() + "/" + candidate.appId() + "/" + candidate.listId() + "/" + candidate.entryId();
	}

	static List<Arguments> filters() {
		return List.of(Arguments.of(Map.of("store", "apple", "state", "all")),
				Arguments.of(Map.of("store", "google-play", "state", "all")), Arguments.of(Map.of("list", "other-list")),
				Arguments.of(Map.of("tier", "confirmed", "state", "all")), Arguments.of(Map.of("tier", "POSSIBLE")),
				Arguments.of(Map.of("change", "NEW", "state", "all")), Arguments.of(Map.of("change", "CHANGED")),
				Arguments.of(Map.of("change", "UNCHANGED", "state", "all")),
				Arguments.of(Map.of("change", "resurfaced", "state", "all")),
				Arguments.of(Map.of("country", "gb", "state", "all")), Arguments.of(Map.of("country", "DE")),
				Arguments.of(Map.of("takedown", "true")), Arguments.of(Map.of("takedown", "false", "state", "all")),
				Arguments.of(Map.of()), Arguments.of(Map.of("state", "open")), Arguments.of(Map.of("state", "CONFIRMED")),
				Arguments.of(Map.of("state", "DISMISSED")), Arguments.of(Map.of("state", "awaiting_approval")),
				Arguments.of(Map.of("state", "all")),
				Arguments.of(Map.of("store", "apple", "tier", "LIKELY", "country", "us", "takedown", "true", "state", "all")),
				Arguments.of(Map.of("store", "galaxy-store", "state", "all")),
				// the app search: an app id's prefix (aapp1, aapp10..., as a substring), a whole bundle id in other
				// case, a developer name every row has, a title's words across the space
				Arguments.of(Map.of("app", "aapp1", "state", "all")), Arguments.of(Map.of("app", "COM.EXAMPLE.GAPP9")),
				Arguments.of(Map.of("app", "example dev", "state", "all")), Arguments.of(Map.of("app", "p gapp10")),
				Arguments.of(Map.of("app", "gapp1", "country", "us", "tier", "LIKELY", "state", "all")));
	}

	@Test
	void shouldSearchForTheTextAsTypedNeverAsAPattern() {
		for (String text : List.of("%", "_", "a%p", "\\", "App_")) {
			QueueFilter filter = QueueFilter.fromParameters(Map.of("app", text, "state", "all"));
			assertThat(expected(filter)).as(text).isEmpty();
			assertThat(walkCandidates(filter, 50)).as(text).isEmpty();
			assertThat(db.queue().count(filter, 10_000)).as(text).isEqualTo(new QueueCount(0, false));
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("filters")
	void shouldShowExactlyWhatEachFilterSelects(Map<String, String> parameters) {
		// given
		QueueFilter filter = QueueFilter.fromParameters(parameters);

		// when
		List<String> candidates = walkCandidates(filter, 50);
		List<String> groups = walkGroups(filter, 20);

		// then
		List<Model> expected = expected(filter);
		assertThat(candidates).containsExactlyElementsOf(expected.stream().map(Model::key).toList());
		assertThat(groups).containsExactlyElementsOf(expectedGroups(filter));
		assertThat(db.queue().count(filter, 10_000)).isEqualTo(new QueueCount(expected.size(), false));
		assertThat(db.queue().count(filter, 3))
			.isEqualTo((expected.size() > 3) ? new QueueCount(3, true) : new QueueCount(expected.size(), false));
		if (!parameters.containsKey("store") || !parameters.get("store").equals("galaxy-store")) {
			assertThat(expected).as("a filter that selects nothing proves nothing").isNotEmpty();
		}
	}

	@Test
	void shouldListEveryFieldOfACandidate() {
		// given
		Model m = model.stream().filter((x) -> x.store.equals("google-play") && !x.id.equals("ffff")).findFirst().orElseThrow();

		// when
		QueueCandidate row = db.queue()
			.candidates(QueueFilter.fromParameters(Map.of("store", "google-play", "state", "all")), null, 200)
			.items()
			.stream()
			.filter((c) -> c.id().equals(m.id))
			.findFirst()
			.orElseThrow();

		// then
		assertThat(row).isEqualTo(new QueueCandidate(m.id, "google-play", m.seed.country(), m.seed.appId(),
				"App " + m.seed.appId(), "Example Dev", m.tier, m.score, m.seed.takedown(), m.seed.listId(),
				m.seed.entryId(), "Entry " + m.seed.entryId(), m.state, m.change,
				"https://apps.example/" + m.seed.country() + "/" + m.seed.appId(), null));
	}

	@Test
	void shouldCapThePageSize() {
		assertThat(model).hasSizeGreaterThan(CandidateQueue.MAX_PAGE_SIZE);
		QueuePage<QueueCandidate> page = db.queue().candidates(QueueFilter.everything(), null, 10_000);
		assertThat(page.items()).hasSize(CandidateQueue.MAX_PAGE_SIZE);
		assertThat(page.hasNext()).isTrue();
		assertThat(db.queue().candidates(QueueFilter.everything(), null, 0).items())
			.hasSize(CandidateQueue.DEFAULT_PAGE_SIZE);
		assertThat(db.queue().groups(QueueFilter.everything(), null, 10_000).items())
			.hasSizeLessThanOrEqualTo(CandidateQueue.MAX_PAGE_SIZE);
	}

	@Test
	void shouldRefuseACursorItDidNotHandOut() {
		for (String cursor : List.of("not-base64!", "cTEKWAo", java.util.Base64.getUrlEncoder()
			.encodeToString("q1\nLIKELY\nnot-a-number\napple\nid".getBytes()))) {
			assertThatExceptionOfType(InvalidFilter.class)
				.isThrownBy(() -> db.queue().candidates(QueueFilter.open(), cursor, 10))
				.satisfies((ex) -> assertThat(ex.parameter()).isEqualTo("cursor"));
		}
	}

	static List<Arguments> badParameters() {
		return List.of(Arguments.of(Map.of("store", "itunes"), "store: 'itunes' is not a store (apple, google-play, galaxy-store)"),
				Arguments.of(Map.of("tier", "HIGH"), "tier: 'HIGH' is not one of CONFIRMED, LIKELY, POSSIBLE"),
				Arguments.of(Map.of("change", "GONE"), "change: 'GONE' is not one of NEW, CHANGED, UNCHANGED, RESURFACED"),
				Arguments.of(Map.of("state", "closed"),
						"state: 'closed' is not one of OPEN, AWAITING_APPROVAL, CONFIRMED, DISMISSED, all"),
				Arguments.of(Map.of("country", "usa"), "country: 'usa' is not a two-letter country code"),
				Arguments.of(Map.of("takedown", "yes"), "takedown: 'yes' is not true or false"),
				Arguments.of(Map.of("list", "a\u0000b"), "list: not a list id"),
				Arguments.of(Map.of("app", "a\u0007b"), "app: contains a control character"),
				Arguments.of(Map.of("app", "x".repeat(201)), "app: 201 characters, at most 200"));
	}

	@Test
	void shouldRefuseABlankSearchFromCodeAsTheFormIgnoresOne() {
		assertThatExceptionOfType(InvalidFilter.class)
			.isThrownBy(() -> new QueueFilter(null, null, null, null, null, null, null, " "))
			.withMessage("app: blank (leave it out to show every app)");
		assertThat(QueueFilter.fromParameters(Map.of("app", " ")).app()).isNull();
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("badParameters")
	void shouldNameTheParameterThatCannotBeRead(Map<String, String> parameters, String message) {
		assertThatExceptionOfType(InvalidFilter.class).isThrownBy(() -> QueueFilter.fromParameters(parameters))
			.withMessage(message);
	}

	private static List<String> walkCandidates(QueueFilter filter, int size) {
		List<String> seen = new ArrayList<>();
		String cursor = null;
		do {
			QueuePage<QueueCandidate> page = db.queue().candidates(filter, cursor, size);
			assertThat(page.items()).hasSizeLessThanOrEqualTo(size);
			page.items().forEach((c) -> seen.add(c.store() + "/" + c.id() + "/" + c.state() + "/" + c.change()));
			cursor = page.nextCursor();
			assertThat(seen).hasSizeLessThanOrEqualTo(model.size());
		}
		while (cursor != null);
		return seen;
	}

	/** @return per group "store/appId/listId/entryId: leader id, country state ..." */
	private static List<String> walkGroups(QueueFilter filter, int size) {
		List<String> seen = new ArrayList<>();
		String cursor = null;
		do {
			QueuePage<QueueGroup> page = db.queue().groups(filter, cursor, size);
			for (QueueGroup group : page.items()) {
				StringBuilder row = new StringBuilder(group.store() + "/" + group.appId() + "/" + group.listId() + "/"
						+ group.entryId() + " " + group.tier() + " " + group.score() + ":");
				group.storefronts().forEach((s) -> row.append(' ').append(s.country()).append('=').append(s.state()));
				seen.add(row.toString());
			}
			cursor = page.nextCursor();
			assertThat(seen).hasSizeLessThanOrEqualTo(model.size());
		}
		while (cursor != null);
		return seen;
	}

	private static List<Model> expected(QueueFilter filter) {
		return model.stream().filter(matches(filter)).sorted(ORDER).toList();
	}

	/** Groups in the order of their best storefront under the filter, storefronts strongest first, then by country. */
	private static List<String> expectedGroups(QueueFilter filter) {
		Map<String, List<Model>> groups = new LinkedHashMap<>();
		for (Model m : expected(filter)) {
			groups.computeIfAbsent(m.store + "/" + m.seed.appId() + "/" + m.seed.listId() + "/" + m.seed.entryId(),
					(k) -> new ArrayList<>())
				.add(m);
		}
		List<String> rows = new ArrayList<>();
		groups.forEach((key, members) -> {
			Model best = members.get(0);
			StringBuilder row = new StringBuilder(key + " " + best.tier + " " + best.score + ":");
			members.stream()
				.sorted(Comparator.comparing((Model m) -> m.tier)
					.thenComparing((Model m) -> -m.score)
					.thenComparing((Model m) -> m.seed.country()))
				.forEach((s) -> row.append(' ').append(s.seed.country()).append('=').append(s.state));
			rows.add(row.toString());
		});
		return rows;
	}

	private static Predicate<Model> matches(QueueFilter f) {
		return (m) -> (f.store() == null || f.store().equals(m.store))
				&& (f.listId() == null || f.listId().equals(m.seed.listId())) && (f.tier() == null || f.tier() == m.tier)
				&& (f.change() == null || f.change() == m.change)
				&& (f.country() == null || f.country().equals(m.seed.country()))
				&& (f.takedown() == null || f.takedown() == m.seed.takedown())
				&& (f.state() == null || f.state() == m.state)
				&& (f.app() == null || Stream.of(m.seed.appId(), "com.example." + m.seed.appId(), m.seed.title(), "Example Dev")
					.anyMatch((text) -> text.toLowerCase(Locale.ROOT).contains(f.app().toLowerCase(Locale.ROOT))));
	}

	private static final class Model {

		final ReviewDb.Seed seed;

		final String store;

		CandidateChange change;

		String id;

		Tier tier;

		double score;

		CandidateState state = CandidateState.OPEN;

		Model(ReviewDb.Seed seed, CandidateChange change) {
			this.seed = seed;
			this.store = seed.store();
			this.change = change;
			this.id = seed.id();
			this.tier = Tier.valueOf(seed.tier());
			this.score = seed.score();
		}

		String key() {
			return this.store + "/" + this.id + "/" + this.state + "/" + this.change;
		}

		@Override
		public String toString() {
			return key();
		}

	}

}
