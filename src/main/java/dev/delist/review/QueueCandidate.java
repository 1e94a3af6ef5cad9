package dev.delist.review;

import dev.delist.match.Tier;

/**
 * One candidate (one storefront of an app matched to one list entry) of a current run, as the queue lists it.
 *
 * @param id the candidate id of {@code report.json}
 * @param takedownCandidate the entry is in force and the storefront in the list's jurisdiction
 * @param change against the previous complete run of the same job, as in the report
 * @param url the listing's store page
 * @param claimedBy the reviewer who has it open while it is open ({@link Claims}), or null
 */
public record QueueCandidate(String id, String store, String country, String appId, String title,
		String developerName, Tier tier, double score, boolean takedownCandidate, String listId, String entryId,
		String entryName, CandidateState state, CandidateChange change, String url, String claimedBy) {

}
