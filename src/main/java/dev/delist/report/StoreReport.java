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

	public record ListInfo(String id, String version, String sha256, String authority, String citation, String status,
			String effectiveFrom, String effectiveUntil, boolean inForceOnRunDate) {
	}

	public record CandidateInfo(String id, String country, String appId, String bundleId, String title,
			String developerName, String developerId, String legalName, String url, String fetchedAt,
			String snapshotSha256, Entry entry, String tier, double score, List<ReasonInfo> reasons, String change,
			Long firstSeenExecutionId) {
	}

	public record Entry(String listId, String entryId, String name, boolean inForce) {
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
