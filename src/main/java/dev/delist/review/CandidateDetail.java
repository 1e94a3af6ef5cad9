package dev.delist.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.delist.match.Reason;
import dev.delist.match.Tier;

/**
 * Everything a reviewer weighs on one candidate: the listing against the list entry, the reasons with what
 * matched, how the listing changed over the runs and what was decided on the same app and entry before. Every
 * string but the ids may be written by a stranger (store text) and must be escaped wherever it is shown.
 *
 * @param state where the candidate stands, for its evidence in {@code run}
 * @param current whether {@code run} is the latest complete run of the store, the only run decisions are made on
 * @param change against the previous complete run, as in the report; null unless {@code current}
 * @param storefronts every candidate of the same app and entry in {@code run}, this one included
 * @param history the listing's first match and every later change of what the decision rests on
 * @param dispositions decisions on the same app and entry in any storefront, newest first
 * @param approvals dismissals that waited for an approver on the same app and entry, newest first
 */
public record CandidateDetail(String id, CandidateState state, boolean current, CandidateChange change, Run run,
		Listing listing, Entry entry, Tier tier, double score, boolean takedownCandidate, List<Reason> reasons,
		List<Storefront> storefronts, List<HistoryPoint> history, List<PastDisposition> dispositions,
		List<PastApproval> approvals) {

	/** The store page of the listing. */
	public String storeUrl() {
		return this.listing.url();
	}

	/** The run the candidate's row comes from. */
	public record Run(long executionId, String jobName, LocalDate runDate, String status) {
	}

	public record Listing(String store, String country, String appId, String bundleId, String title,
			String developerName, String developerId, String legalName, String url, Instant fetchedAt,
			String evidenceSha256) {
	}

	/**
	 * The list entry as the run's list version states it.
	 *
	 * @param authority the legal basis (e.g. Executive Order 13971)
	 * @param jurisdiction the storefronts where the list binds
	 * @param inForce whether the entry was in force on the run date
	 */
	public record Entry(String listId, String entryId, String name, List<String> aliases,
			List<EntryIdentifier> identifiers, List<EntryDeveloper> developers, String note, String listTitle,
			String listVersion, String authority, String citation, String listStatus, List<String> jurisdiction,
			List<String> sources, boolean inForce) {
	}

	/** @param type e.g. package, bundle-id, app-store-id */
	public record EntryIdentifier(String type, String value, String confidence, String source) {
	}

	public record EntryDeveloper(String name, List<String> aliases, List<EntryIdentifier> identifiers) {
	}

	public record Storefront(String id, String country, Tier tier, CandidateState state, boolean takedownCandidate) {
	}

	/**
	 * @param kind FIRST_SEEN, or CHANGED when the evidence (ids, title, developer, legal name) or the tier changed
	 * @param changes what changed against the run before; empty for FIRST_SEEN
	 */
	public record HistoryPoint(String kind, long executionId, LocalDate runDate, Instant fetchedAt, String title,
			String developerName, String legalName, Tier tier, List<FieldChange> changes) {
	}

	public record FieldChange(String field, String before, String after) {
	}

	/**
	 * @param approver who agreed with the dismissal, or null
	 * @param forThisEvidence whether it was made on the evidence this candidate has now
	 */
	public record PastDisposition(long id, String candidateId, String country, Decision decision, String reason,
			String reviewer, String approver, Instant at, String source, Tier tier, boolean forThisEvidence) {
	}

	/** @param outcome WAITING, APPROVED, REJECTED or LAPSED (the listing changed before anyone answered) */
	public record PastApproval(long id, String candidateId, String country, String reason, String requestedBy,
			Instant requestedAt, String outcome, String decidedBy, Instant decidedAt, String decisionReason) {
	}

}
