package dev.delist.review;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.delist.audit.AuditEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Reviewers' notes: kept with the app and list entry, seen from every storefront and later run, audited. */
class NotesTests {

	private static ReviewDb db;

	private static ReviewDb.Seed us;

	private static ReviewDb.Seed gb;

	@BeforeAll
	static void seed() {
		db = new ReviewDb();
		db.report(1, "apple", "COMPLETE", "2026-11-28");
		db.report(2, "apple", "COMPLETE", "2026-11-29");
		us = ReviewDb.Seed.of(1, "apple", "us", "app-noted", "banned-app", "LIKELY", 0.9);
		gb = ReviewDb.Seed.of(1, "apple", "gb", "app-noted", "banned-app", "LIKELY", 0.9);
		db.insert(us);
		db.insert(gb);
		db.insert(us.inRun(2));
		db.insert(ReviewDb.Seed.of(2, "apple", "us", "app-other", "banned-app", "LIKELY", 0.9));
		db.insert(ReviewDb.Seed.of(2, "apple", "us", "app-counted", "banned-app", "POSSIBLE", 0.5));
		db.insert(ReviewDb.Seed.of(2, "apple", "gb", "app-counted", "banned-app", "POSSIBLE", 0.5));
	}

	@Test
	void shouldCountAnAppsNotesInTheQueue() {
		// given: two notes on one app, from two storefronts
		ReviewDb.Seed counted = ReviewDb.Seed.of(2, "apple", "gb", "app-counted", "banned-app", "POSSIBLE", 0.5);
		db.notes().add(counted.id(), "ann", "first");
		db.notes().add(ReviewDb.Seed.of(2, "apple", "us", "app-counted", "banned-app", "POSSIBLE", 0.5).id(), "bob",
				"second");

		// when
		Map<String, Integer> notes = new HashMap<>();
		db.queue().groups(QueueFilter.fromParameters(Map.of("state", "all")), null, 50)
			.items()
			.forEach((g) -> notes.put(g.appId(), g.notes()));

		// then: the app's one row says 2; an app without notes 0
		assertThat(notes).containsEntry("app-counted", 2).containsEntry("app-other", 0);
	}

	@AfterAll
	static void close() {
		db.close();
	}

	@Test
	void shouldShowANoteOnEveryStorefrontOfTheAppAndOnTheTrail() {
		// when: a note on the US storefront, and a second one on the UK's, newest run first for the US id
		Notes.Note first = db.notes().add(us.id(), "ann", "  asked legal about the new owner\nwaiting  ");
		Notes.Note second = db.notes().add(gb.id(), "bob", "same developer as the US one");

		// then: both on the app, newest first, whichever storefront asks; not on another app
		List<Notes.Note> notes = db.notes().forApp("apple", "APP-NOTED", "test-apps", "banned-app");
		assertThat(notes).extracting(Notes.Note::user, Notes.Note::country, Notes.Note::text)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("bob", "gb", "same developer as the US one"),
					org.assertj.core.groups.Tuple.tuple("ann", "us", "asked legal about the new owner\nwaiting"));
		assertThat(notes.get(1).id()).isEqualTo(first.id());
		assertThat(db.notes().forApp("apple", "app-other", "test-apps", "banned-app")).isEmpty();
		List<AuditEvent> trail = db.audit().forCandidate(us.id());
		assertThat(trail).singleElement().satisfies((e) -> {
			assertThat(e.action()).isEqualTo("NOTE");
			assertThat(e.user()).isEqualTo("ann");
			assertThat(e.detail()).containsEntry("text", "asked legal about the new owner\nwaiting")
				.containsEntry("noteId", (int) first.id()).containsEntry("country", "us");
		});
		assertThat(second.candidateId()).isEqualTo(gb.id());
		// a note decides nothing
		assertThat(db.states().stateOf(us.id())).contains(CandidateState.OPEN);
	}

	@Test
	void shouldRefuseANoteItCannotKeep() {
		assertThatExceptionOfType(InvalidDecision.class).isThrownBy(() -> db.notes().add(us.id(), "ann", " "))
			.withMessage("text: required: write the note");
		assertThatExceptionOfType(InvalidDecision.class)
			.isThrownBy(() -> db.notes().add(us.id(), "ann", "x".repeat(2001)))
			.withMessage("text: 2001 characters, at most 2000");
		assertThatExceptionOfType(InvalidDecision.class).isThrownBy(() -> db.notes().add(us.id(), "ann", "a\u0000b"))
			.withMessage("text: contains the control character U+0000 at position 2");
		assertThatExceptionOfType(InvalidDecision.class).isThrownBy(() -> db.notes().add(us.id(), " ", "fine"))
			.withMessage("user: required");
		assertThatExceptionOfType(NoSuchCandidate.class).isThrownBy(() -> db.notes().add("0123456789abcdef0123", "ann", "x"));
		assertThat(db.jdbc.queryForObject("SELECT count(*) FROM candidate_note WHERE text = 'fine' OR text = 'x'",
				Integer.class)).isZero();
	}

}
