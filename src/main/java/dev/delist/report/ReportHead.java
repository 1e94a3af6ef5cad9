package dev.delist.report;

import dev.delist.gate.RunStatus;
import dev.delist.gate.StoreHealth;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything a store's report says besides its rows, plus what the pages must show before the first row: the
 * counts (from SQL for a real run) and the recent history of the job for the chart.
 *
 * @param history earlier runs of the same job and store, oldest first, then this run
 */
record ReportHead(String store, StoreReport.RunInfo run, List<StoreReport.ListInfo> lists, StoreHealth health,
		long suppressedCount, Counts counts, List<TierPoint> history) {

	boolean complete() {
		return this.run.status() == RunStatus.COMPLETE;
	}

	/**
	 * @param byTier takedown candidates (entry in force) per tier
	 * @param byChange takedown candidates per change since the previous complete run
	 */
	record Counts(long inForce, long notInForce, long resolved, Map<String, Long> byTier,
			Map<String, Long> byChange) {
	}

	/** One run of the job for the chart: takedown candidates per tier. */
	record TierPoint(long executionId, String runDate, RunStatus status, Map<String, Long> byTier) {
	}

	/** The head of a report held in memory, with counts taken from its lists. */
	static ReportHead of(StoreReport report, List<TierPoint> history) {
		List<StoreReport.CandidateInfo> inForce = report.candidates().stream().filter((c) -> c.entry().inForce()).toList();
		Counts counts = new Counts(inForce.size(), report.candidates().size() - inForce.size(), report.resolved().size(),
				count(inForce, StoreReport.CandidateInfo::tier), count(inForce, StoreReport.CandidateInfo::change));
		return new ReportHead(report.store(), report.run(), report.lists(), report.health(), report.suppressedCount(),
				counts, history);
	}

	private static Map<String, Long> count(List<StoreReport.CandidateInfo> candidates,
			Function<StoreReport.CandidateInfo, String> key) {
		return candidates.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
	}

}
