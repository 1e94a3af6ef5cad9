package dev.delist.report;

import dev.delist.gate.RunStatus;
import dev.delist.gate.StoreHealth;
import dev.delist.run.RunPlan;

import java.util.List;
import java.util.Map;

/**
 * {@code summary.json}: the run at a glance, for operators and tools.
 *
 * @param status COMPLETE only when every store's report is
 * @param stores per store: status, health, counts by tier and change, and the paths of its files
 * @param plan what the run planned to check, as pinned when it was launched
 * @param skippedLines every catalog line a catalog run skipped, as {@code FILE:LINE: field: problem}
 */
public record RunSummary(String schemaVersion, long executionId, long runId, String job, String runDate,
		String startedAt, String finishedAt, RunStatus status, List<StoreReport.ListInfo> lists,
		Map<String, StoreSummary> stores, RunPlan plan, List<String> skippedLines) {

	/** @param suppressedCount matches hidden by reviewers' dismissals, as in the store's report.json */
	public record StoreSummary(RunStatus status, StoreHealth health, Map<String, Long> candidatesByTier,
			Map<String, Long> candidatesByChange, long takedownCandidates, long notInForce, long suppressedCount,
			Map<String, String> files) {
	}

}
