package dev.delist.export;

import java.util.List;

import dev.delist.match.Reason;

/**
 * One confirmed takedown, as handed to a store's operations team: the listing in one storefront, the list entry
 * it is, the law that list rests on, the evidence the reviewer saw and the reviewer's decision.
 *
 * @param candidateId the candidate's id, as in {@code report.json}
 * @param url the store page of the listing
 */
public record Takedown(String candidateId, String store, String country, String appId, String bundleId, String title,
		String developerName, String developerId, String legalName, String url, ListBasis list, Entry entry,
		Evidence evidence, Confirmation confirmation) {

	/**
	 * The list the entry belongs to, as the run that found the match used it.
	 *
	 * @param authority the instrument (e.g. an executive order or an act)
	 * @param citation its legal citation (e.g. a Federal Register reference)
	 * @param status the list's legal status on that run's date (e.g. in-force)
	 * @param jurisdiction the storefronts where the list binds
	 */
	public record ListBasis(String listId, String title, String version, String sha256, String authority,
			String citation, String status, List<String> jurisdiction) {
	}

	/** @param level APP (the listing is the listed app) or DEVELOPER (another app of a listed developer) */
	public record Entry(String entryId, String name, String level) {
	}

	/**
	 * The evidence the decision was made on: the match of the run the decision was bound to.
	 *
	 * @param runId the job instance (run) whose match was decided on
	 * @param fetchedAt when the store served the listing (ISO-8601, UTC)
	 */
	public record Evidence(String tier, double score, List<Reason> reasons, String evidenceSha256, String fetchedAt,
			long runId) {
	}

	/**
	 * @param decisionId the row of {@code disposition} that holds the decision
	 * @param confirmedAt when the decision was recorded (ISO-8601, UTC)
	 * @param source where it came from: {@code FILE:LINE} of an import, or what the workbench records
	 */
	public record Confirmation(long decisionId, String confirmedBy, String confirmedAt, String reason, String source) {
	}

}
