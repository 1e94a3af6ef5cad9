package dev.delist.report;

import java.util.List;
import java.util.Map;

/**
 * {@code summary.json}: the run at a glance, for operators and tools.
 *
 * @param status COMPLETE only when every store's report is
 * @param stores per store: status, health, counts by tier and change, and the paths of its files
 */
public record RunSummary(String schemaVersion, long executionId, long runId, String job, String runDate,
		String startedAt, String finishedAt, String status, List<StoreReport.ListInfo> lists,
		Map<String, StoreSummary> stores) {

	/** @param suppressedCount matches hidden by reviewers' dismissals, as in the store's report.json */
	public record StoreSummary(String status, StoreReport.Health health, Map<String, Long> candidatesByTier,
			Map<String, Long> candidatesByChange, long takedownCandidates, long notInForce, long suppressedCount,
			Map<String, String> files) {
	}

}
