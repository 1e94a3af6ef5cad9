package dev.delist.review;

import java.time.LocalDate;
import java.util.List;

import dev.delist.match.Reason;
import dev.delist.match.Tier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A candidate's page: the listing against the entry, the reasons, the history and earlier decisions. */
class CandidateDetailsTests {

	private ReviewDb db;

	private ReviewDb.Seed us;

	private ReviewDb.Seed gb;

	@BeforeEach
	void setUp() {
		this.db = new ReviewDb();
		// runs 1 and 2 see the app unchanged in the us storefront; reviewers dismiss it with four eyes
		this.us = ReviewDb.Seed.of(1, "apple", "us", "111111111", "banned-app", "CONFIRMED", 1.0);
		for (long run = 1; run <= 2; run++) {
			this.db.report(run, "apple", "COMPLETE", "2026-11-2" + (6 + run));
			this.db.testList(run);
			this.db.insert(this.us.inRun(run));
		}
		this.db.decisions().decide(this.us.id(), "ann", Decision.DISMISSED, "the developer's own test build");
		this.db.decisions().approve(this.us.id(), "bob", true, "agreed");
		// run 3: the us listing has a new title; the app is in gb too, where it is confirmed
		this.db.report(3, "apple", "COMPLETE", "2026-11-29");
		this.db.testList(3);
		this.db.insert(this.us.inRun(3).title("App 111111111 HD").evidence("b"));
		this.gb = this.db.insert(ReviewDb.Seed.of(3, "apple", "gb", "111111111", "banned-app", "CONFIRMED", 1.0));
		this.db.decisions().decide(this.gb.id(), "carol", Decision.CONFIRMED, "same app");
	}

	@AfterEach
	void close() {
		this.db.close();
	}

	@Test
	void shouldShowTheListingAgainstTheEntryWithItsHistoryAndEarlierDecisions() {
		// when
		CandidateDetail detail = this.db.details().find(this.us.id()).orElseThrow();

		// then
		assertThat(detail.id()).isEqualTo(this.us.id());
		assertThat(detail.state()).isEqualTo(CandidateState.OPEN);
		assertThat(detail.current()).isTrue();
		assertThat(detail.change()).isEqualTo(CandidateChange.CHANGED);
		assertThat(detail.run()).isEqualTo(new CandidateDetail.Run(3, "nightly", LocalDate.parse("2026-11-29"), "COMPLETE"));
		assertThat(detail.listing()).isEqualTo(new CandidateDetail.Listing("apple", "us", "111111111",
				"com.example.111111111", "App 111111111 HD", "Example Dev", "9111111111", "Example Ltd",
				"https://apps.example/us/111111111", java.time.Instant.parse("2026-11-29T02:00:00Z"),
				"b" + "0".repeat(63)));
		assertThat(detail.storeUrl()).isEqualTo("https://apps.example/us/111111111");
		assertThat(detail.tier()).isEqualTo(Tier.CONFIRMED);
		assertThat(detail.score()).isEqualTo(1.0);
		assertThat(detail.takedownCandidate()).isTrue();
		assertThat(detail.reasons()).containsExactly(
				new Reason("STORE_ID", "appId", "111111111", "111111111", 1.0, "same id"));

		CandidateDetail.Entry entry = detail.entry();
		assertThat(entry.listId()).isEqualTo("test-apps");
		assertThat(entry.entryId()).isEqualTo("banned-app");
		assertThat(entry.name()).isEqualTo("Entry banned-app");
		assertThat(entry.aliases()).containsExactly("禁止应用");
		assertThat(entry.identifiers()).containsExactly(
				new CandidateDetail.EntryIdentifier("app-store-id", "111111111", "high", "test fixture"),
				new CandidateDetail.EntryIdentifier("bundle-id", "com.example.banned", "high", "test fixture"),
				new CandidateDetail.EntryIdentifier("package", "com.example.banned.android", "high", "test fixture"));
		assertThat(entry.listTitle()).isEqualTo("Test prohibited apps");
		assertThat(entry.listVersion()).isEqualTo("1");
		assertThat(entry.authority()).isEqualTo("Test Order 1");
		assertThat(entry.citation()).isEqualTo("1 TR 1");
		assertThat(entry.listStatus()).isEqualTo("in-force");
		assertThat(entry.jurisdiction()).containsExactly("us", "gb");
		assertThat(entry.sources()).containsExactly("https://example.org/test-order-1");
		assertThat(entry.inForce()).isTrue();

		assertThat(detail.storefronts()).containsExactly(
				new CandidateDetail.Storefront(this.gb.id(), "gb", Tier.CONFIRMED, CandidateState.CONFIRMED, true),
				new CandidateDetail.Storefront(this.us.id(), "us", Tier.CONFIRMED, CandidateState.OPEN, true));

		assertThat(detail.history()).extracting(CandidateDetail.HistoryPoint::kind,
				CandidateDetail.HistoryPoint::executionId, CandidateDetail.HistoryPoint::runDate,
				CandidateDetail.HistoryPoint::title, CandidateDetail.HistoryPoint::changes)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("FIRST_SEEN", 1L, LocalDate.parse("2026-11-27"), "App 111111111",
							List.of()),
					org.assertj.core.groups.Tuple.tuple("CHANGED", 3L, LocalDate.parse("2026-11-29"), "App 111111111 HD",
							List.of(new CandidateDetail.FieldChange("title", "App 111111111", "App 111111111 HD"))));

		assertThat(detail.dispositions()).extracting(CandidateDetail.PastDisposition::country,
				CandidateDetail.PastDisposition::decision, CandidateDetail.PastDisposition::reviewer,
				CandidateDetail.PastDisposition::approver, CandidateDetail.PastDisposition::reason,
				CandidateDetail.PastDisposition::source, CandidateDetail.PastDisposition::forThisEvidence)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("gb", Decision.CONFIRMED, "carol", null, "same app", "web", false),
					org.assertj.core.groups.Tuple.tuple("us", Decision.DISMISSED, "ann", "bob",
							"the developer's own test build", "web", false));
		assertThat(detail.approvals()).singleElement().satisfies((approval) -> {
			assertThat(approval.candidateId()).isEqualTo(this.us.id());
			assertThat(approval.requestedBy()).isEqualTo("ann");
			assertThat(approval.reason()).isEqualTo("the developer's own test build");
			assertThat(approval.outcome()).isEqualTo("APPROVED");
			assertThat(approval.decidedBy()).isEqualTo("bob");
			assertThat(approval.decisionReason()).isEqualTo("agreed");
			assertThat(approval.decidedAt()).isAfterOrEqualTo(approval.requestedAt());
		});
	}

	@Test
	void shouldSayADecisionHoldsForTheEvidenceItWasMadeOn() {
		CandidateDetail gb = this.db.details().find(this.gb.id()).orElseThrow();
		assertThat(gb.state()).isEqualTo(CandidateState.CONFIRMED);
		assertThat(gb.change()).isEqualTo(CandidateChange.NEW);
		assertThat(gb.history()).singleElement().satisfies((point) -> assertThat(point.kind()).isEqualTo("FIRST_SEEN"));
		assertThat(gb.dispositions()).filteredOn(CandidateDetail.PastDisposition::forThisEvidence)
			.extracting(CandidateDetail.PastDisposition::reviewer)
			.containsExactly("carol");
	}

	@Test
	void shouldShowACandidateTheCurrentRunNoLongerHasAsNotCurrent() {
		// given: a clone only run 2 matched
		ReviewDb.Seed gone = this.db.insert(ReviewDb.Seed.of(2, "apple", "us", "333333333", "banned-app", "POSSIBLE", 0.4));

		// when
		CandidateDetail detail = this.db.details().find(gone.id()).orElseThrow();

		// then: shown from the run that had it, and nothing to decide on
		assertThat(detail.current()).isFalse();
		assertThat(detail.change()).isNull();
		assertThat(detail.run().executionId()).isEqualTo(2);
		assertThat(this.db.states().stateOf(gone.id())).isEmpty();
	}

	@Test
	void shouldFindNothingForAnUnknownId() {
		assertThat(this.db.details().find("no-such-candidate")).isEmpty();
		assertThat(this.db.details().find("")).isEmpty();
		assertThat(this.db.details().find(null)).isEmpty();
	}

}
