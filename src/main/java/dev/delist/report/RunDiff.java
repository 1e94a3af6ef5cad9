package dev.delist.report;

import java.util.Map;

/**
 * Compares a run's candidates with the previous complete run of the same job, in SQL, so that a run with
 * 100,000 candidates is diffed by PostgreSQL and never held in memory.
 * <ul>
 * <li>change: UNCHANGED or CHANGED (evidence hash) when the previous complete run had the candidate, else
 * RESURFACED when an earlier run of the job reported it, else NEW;</li>
 * <li>resolved: a previous candidate now matched only against an entry not in force (ENTRY_NOT_IN_FORCE), gone
 * though its listing was fetched (NO_LONGER_MATCHES), or gone with its listing when every target of the store
 * was answered (DELISTED: when some were not, its absence proves nothing and it is not listed), or gone because the
 * store answered that it took the listing down (DELISTED with the store's words as {@code removal}, whatever else
 * failed: that answer is proof), or hidden now by a reviewer's dismissal (SUPPRESSED).</li>
 * </ul>
 * Suppressed candidates are no rows of the report, only counted; a candidate suppressed in the previous run was
 * not shown there, so it is not "previous" for the change (it RESURFACES) and cannot be resolved now.
 */
final class RunDiff {

	private static final String CHANGE = """
			CASE WHEN p.candidate_id IS NOT NULL AND NOT p.suppressed
			       THEN CASE WHEN p.evidence_sha256 = c.evidence_sha256 THEN 'UNCHANGED' ELSE 'CHANGED' END
			     WHEN first_seen IS NOT NULL THEN 'RESURFACED'
			     ELSE 'NEW' END""";

	/**
	 * The report section of a row ({@link ReportRows.Scope}); a row from before V15 has no takedown flag and no
	 * jurisdiction, and counted as a takedown candidate when its entry was in force.
	 */
	static final String SECTION = """
			CASE WHEN coalesce(c.takedown_candidate, c.entry_in_force) THEN 'TAKEDOWN'
			     WHEN NOT c.entry_in_force THEN 'NOT_IN_FORCE'
			     WHEN c.entry_jurisdiction IS NULL OR btrim(c.country) = ANY (c.entry_jurisdiction) THEN 'REVIEW'
			     ELSE 'OUTSIDE_JURISDICTION' END""";

	// first_seen: the earliest execution of this job that reported the candidate (index candidate_by_id, V4)
	private static final String CANDIDATES = """
			SELECT c.*, f.first_seen, %s AS change, %s AS section
			FROM candidate c
			LEFT JOIN candidate p ON p.job_instance_id = :previous AND p.candidate_id = c.candidate_id
			LEFT JOIN LATERAL (
			  SELECT min(r.job_execution_id) AS first_seen FROM candidate e
			  JOIN store_report r ON r.job_instance_id = e.job_instance_id AND r.store = e.store
			  WHERE e.candidate_id = c.candidate_id AND e.job_instance_id < c.job_instance_id AND r.job_name = :job
			    AND NOT e.suppressed
			) f ON true
			WHERE c.job_instance_id = :run AND c.store = :store AND NOT c.suppressed""".formatted(CHANGE, SECTION);

	private static final String ORDER = " ORDER BY c.tier, c.score DESC, c.country, c.app_id, c.list_id, c.entry_id";

	/** One app and entry's storefronts together, the groups strongest first. */
	private static final String GROUPED = """
			 WINDOW app_entry AS (PARTITION BY c.app_id, c.list_id, c.entry_id)
			 ORDER BY min(c.tier) OVER app_entry, max(c.score) OVER app_entry DESC, c.app_id, c.list_id, c.entry_id,
			   c.tier, c.score DESC, c.country""";

	static final String COUNTS = "SELECT section, tier, change, country, count(*) AS n FROM (" + CANDIDATES
			+ ") x GROUP BY section, tier, change, country";

	/** Rows of the HTML sections: one per app and list entry, however many storefronts it was matched in. */
	static final String GROUP_COUNTS = "SELECT section, count(DISTINCT (app_id, list_id, entry_id)) AS n FROM ("
			+ CANDIDATES + ") x GROUP BY section";

	static final String RESOLVED = """
			SELECT p.country, p.app_id, p.list_id, p.entry_id,
			  CASE WHEN c.suppressed THEN 'SUPPRESSED'
			       WHEN c.candidate_id IS NOT NULL THEN 'ENTRY_NOT_IN_FORCE'
			       WHEN s.app_id IS NOT NULL THEN 'NO_LONGER_MATCHES'
			       ELSE 'DELISTED' END AS why,
			  CASE WHEN c.candidate_id IS NULL AND s.app_id IS NULL THEN t.detail END AS removal
			FROM candidate p
			LEFT JOIN candidate c ON c.job_instance_id = :run AND c.candidate_id = p.candidate_id
			LEFT JOIN listing_snapshot s ON s.job_instance_id = :run AND s.store = p.store AND s.country = p.country
			  AND s.app_id = p.app_id
			LEFT JOIN fetch_target t ON t.job_instance_id = :run AND t.store = p.store AND t.country = p.country
			  AND t.kind = 'APP_ID' AND t.value = p.app_id AND t.outcome = 'REMOVED'
			WHERE p.job_instance_id = :previous AND p.store = :store AND NOT p.suppressed
			  AND (c.candidate_id IS NULL OR c.suppressed OR (p.entry_in_force AND NOT c.entry_in_force))
			  AND (c.candidate_id IS NOT NULL OR s.app_id IS NOT NULL OR :fullyChecked OR t.value IS NOT NULL)""";

	static final String RESOLVED_ORDERED = RESOLVED + " ORDER BY p.country, p.app_id, p.list_id, p.entry_id";

	static final String RESOLVED_COUNT = "SELECT count(*) FROM (" + RESOLVED + ") x";

	/** Matches of the run hidden by reviewers' dismissals: counted, never silently dropped. */
	static final String SUPPRESSED_COUNT = """
			SELECT count(*) FROM candidate WHERE job_instance_id = :run AND store = :store AND suppressed""";

	private final Map<String, Object> params;

	/**
	 * @param previousRun the job instance of the previous complete run, if any
	 * @param storeFullyChecked whether every target of the store was answered; only then can a missing listing
	 * be called delisted
	 */
	RunDiff(String jobName, String store, long run, Long previousRun, boolean storeFullyChecked) {
		this.params = Map.of("job", jobName, "store", store, "run", run, "previous",
				(previousRun != null) ? previousRun : -1L, "fullyChecked", storeFullyChecked);
	}

	static String candidates(ReportRows.Scope scope) {
		if (scope == ReportRows.Scope.ALL) {
			return CANDIDATES + ORDER;
		}
		return CANDIDATES + " AND " + SECTION + " = '" + scope.name() + "'" + GROUPED;
	}

	Map<String, Object> params() {
		return this.params;
	}

}
