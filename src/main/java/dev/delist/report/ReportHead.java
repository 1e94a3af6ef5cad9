package dev.delist.report;

import dev.delist.gate.RunStatus;
import dev.delist.gate.StoreHealth;

import java.util.EnumMap;
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
	 * @param rows candidates (one per storefront) per report section
	 * @param groups rows of the HTML sections (one per app and list entry) per section
	 * @param byTier takedown candidates per tier
	 * @param byChange takedown candidates per change since the previous complete run
	 * @param byCountry candidates per storefront and section, storefronts in order
	 */
	record Counts(Map<ReportRows.Scope, Long> rows, Map<ReportRows.Scope, Long> groups, long resolved,
			Map<String, Long> byTier, Map<String, Long> byChange, Map<String, Map<ReportRows.Scope, Long>> byCountry) {

		Counts {
			rows = Map.copyOf(rows);
			groups = Map.copyOf(groups);
			byCountry = java.util.Collections.unmodifiableMap(new TreeMap<>(byCountry));
		}

		long rows(ReportRows.Scope scope) {
			return this.rows.getOrDefault(scope, 0L);
		}

		long groups(ReportRows.Scope scope) {
			return this.groups.getOrDefault(scope, 0L);
		}

		/** Takedown candidates: what summary.json counts as {@code takedownCandidates}. */
		long inForce() {
			return rows(ReportRows.Scope.TAKEDOWN);
		}

		/** Every other match, reported for review or reference: {@code notInForce} in summary.json. */
		long notInForce() {
			return rows(ReportRows.Scope.REVIEW) + rows(ReportRows.Scope.OUTSIDE_JURISDICTION)
					+ rows(ReportRows.Scope.NOT_IN_FORCE);
		}

	}

	/** One run of the job for the chart: takedown candidates per tier. */
	record TierPoint(long executionId, String runDate, RunStatus status, Map<String, Long> byTier) {
	}

	/** The head of a report held in memory, with counts taken from its lists. */
	static ReportHead of(StoreReport report, List<TierPoint> history) {
		Map<ReportRows.Scope, Long> rows = new EnumMap<>(ReportRows.Scope.class);
		Map<ReportRows.Scope, Long> groups = new EnumMap<>(ReportRows.Scope.class);
		Map<String, Map<ReportRows.Scope, Long>> byCountry = new TreeMap<>();
		for (ReportRows.Scope scope : ReportRows.Scope.values()) {
			if (scope != ReportRows.Scope.ALL) {
				List<StoreReport.CandidateInfo> in = report.candidates().stream().filter(scope::includes).toList();
				rows.put(scope, (long) in.size());
				groups.put(scope, in.stream().map(AppGroups::key).distinct().count());
				in.forEach((c) -> byCountry.computeIfAbsent(c.country(), (k) -> new EnumMap<>(ReportRows.Scope.class))
					.merge(scope, 1L, Long::sum));
			}
		}
		List<StoreReport.CandidateInfo> takedown = report.candidates()
			.stream()
			.filter(StoreReport.CandidateInfo::takedownCandidate)
			.toList();
		Counts counts = new Counts(rows, groups, report.resolved().size(),
				count(takedown, StoreReport.CandidateInfo::tier), count(takedown, StoreReport.CandidateInfo::change),
				byCountry);
		return new ReportHead(report.store(), report.run(), report.lists(), report.health(), report.suppressedCount(),
				counts, history);
	}

	private static Map<String, Long> count(List<StoreReport.CandidateInfo> candidates,
			Function<StoreReport.CandidateInfo, String> key) {
		return candidates.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
	}

}
