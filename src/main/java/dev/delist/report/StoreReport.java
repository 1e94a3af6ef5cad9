package dev.delist.report;

import dev.delist.gate.RunStatus;
import dev.delist.gate.StoreHealth;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One store's report for one run: the shape of {@code <store>/report.json} as {@code report.schema.json}
 * defines it. Field names are a contract.
 */
public record StoreReport(String schemaVersion, String store, RunInfo run, List<ListInfo> lists, StoreHealth health,
		List<CandidateInfo> candidates, List<Resolved> resolved, long suppressedCount) {

	public static final String SCHEMA_VERSION = "1.0";

	public boolean complete() {
		return this.run.status() == RunStatus.COMPLETE;
	}

	public record RunInfo(long executionId, String job, String runDate, String startedAt, String finishedAt,
			RunStatus status, List<String> countries, String matcherVersion, Long previousExecutionId) {
	}

	/**
	 * @param jurisdiction the storefronts where the list binds (an addition to schema 1.0's fields)
	 * @param entriesComplete false when only part of the order's entries is public (an addition likewise)
	 */
	public record ListInfo(String id, String version, String sha256, String authority, String citation, String status,
			String effectiveFrom, String effectiveUntil, boolean inForceOnRunDate, List<String> jurisdiction,
			boolean entriesComplete) {

		public ListInfo(String id, String version, String sha256, String authority, String citation, String status,
				String effectiveFrom, String effectiveUntil, boolean inForceOnRunDate) {
			this(id, version, sha256, authority, citation, status, effectiveFrom, effectiveUntil, inForceOnRunDate,
					List.of(), true);
		}

	}

	/**
	 * @param takedownCandidate the entry is in force, the storefront is in the list's jurisdiction and the evidence
	 * says the listing is the listed app (dev.delist.match.Tiering)
	 */
	public record CandidateInfo(String id, String country, String appId, String bundleId, String title,
			String developerName, String developerId, String legalName, String url, String fetchedAt,
			String snapshotSha256, Entry entry, String tier, double score, List<ReasonInfo> reasons, String change,
			Long firstSeenExecutionId, boolean takedownCandidate) {

		/** A candidate as rows before jurisdictions read: a takedown candidate when its entry is in force. */
		public CandidateInfo(String id, String country, String appId, String bundleId, String title,
				String developerName, String developerId, String legalName, String url, String fetchedAt,
				String snapshotSha256, Entry entry, String tier, double score, List<ReasonInfo> reasons, String change,
				Long firstSeenExecutionId) {
			this(id, country, appId, bundleId, title, developerName, developerId, legalName, url, fetchedAt,
					snapshotSha256, entry, tier, score, reasons, change, firstSeenExecutionId, entry.inForce());
		}

		/** Whether the storefront is one where the list binds; a row without a jurisdiction binds everywhere. */
		boolean inJurisdiction() {
			return this.entry.jurisdiction() == null || this.entry.jurisdiction().contains(this.country);
		}

	}

	/** @param jurisdiction the storefronts where the entry's list binds; null on rows from before jurisdictions */
	public record Entry(String listId, String entryId, String name, boolean inForce,
			@JsonInclude(JsonInclude.Include.NON_NULL) List<String> jurisdiction) {

		public Entry(String listId, String entryId, String name, boolean inForce) {
			this(listId, entryId, name, inForce, null);
		}

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record ReasonInfo(String code, String field, String listingValue, String listValue, double score,
			String explanation) {
	}

	/**
	 * @param removal what the store answered when it took the listing down itself (the Galaxy Store's "suspended or
	 * terminated"), which proves a DELISTED; null, and left out of the JSON, when the listing is merely gone
	 */
	public record Resolved(String country, String appId, String listId, String entryId, Long lastSeenExecutionId,
			String why, @JsonInclude(JsonInclude.Include.NON_NULL) String removal) {

		public Resolved(String country, String appId, String listId, String entryId, Long lastSeenExecutionId,
				String why) {
			this(country, appId, listId, entryId, lastSeenExecutionId, why, null);
		}

	}

}
