package dev.delist.review;

/**
 * SQL expressions over one candidate row, written once so the queue, the candidate page and the decisions agree
 * on what a state and a change are. {@code %1$s} is the candidate's table alias.
 */
final class ReviewSql {

	private static final String TIERS = "ARRAY['CONFIRMED', 'LIKELY', 'POSSIBLE']";

	/**
	 * The candidate's {@link CandidateState}. A waiting dismissal counts while the evidence is the one it was made
	 * on and no disposition was recorded after it (a {@code review import} of the candidate settles it). Otherwise the latest disposition of the candidate decides, and only while it still holds: a
	 * confirmation for the same evidence; a dismissal under exactly the rule the match step suppresses by
	 * ({@code CandidateRepository.suppressDismissed}: the same evidence, a tier no stronger, no new reason
	 * code), so what the queue calls DISMISSED is what the next report hides.
	 * <p>
	 * The waiting dismissals are one uncorrelated set (few rows: only the requests still waiting), which
	 * PostgreSQL hashes once per query instead of probing per candidate; only a candidate in it is looked up
	 * further (inside CASE the AND is evaluated left to right), so no query reads the whole disposition history.
	 */
	static String state(String alias) {
		return """
				CASE WHEN (%1$s.candidate_id, %1$s.evidence_sha256) IN (
				            SELECT a.candidate_id, a.evidence_sha256 FROM dismissal_approval a WHERE a.outcome IS NULL)
				          AND NOT EXISTS (SELECT 1 FROM disposition n WHERE n.candidate_id = %1$s.candidate_id
				                            AND n.imported_at > (SELECT w.requested_at FROM dismissal_approval w
				                                                 WHERE w.candidate_id = %1$s.candidate_id
				                                                   AND w.outcome IS NULL))
				       THEN 'AWAITING_APPROVAL'
				     ELSE coalesce((SELECT CASE WHEN d.evidence_sha256 <> %1$s.evidence_sha256 THEN NULL
				                                WHEN d.decision = 'CONFIRMED' THEN 'CONFIRMED'
				                                WHEN array_position(%2$s, %1$s.tier) >= array_position(%2$s, d.tier)
				                                  AND d.reason_codes @> (SELECT coalesce(jsonb_agg(r ->> 'code'), '[]'::jsonb)
				                                                         FROM jsonb_array_elements(%1$s.reasons) r)
				                                  THEN 'DISMISSED' END
				                    FROM disposition d WHERE d.candidate_id = %1$s.candidate_id
				                    ORDER BY d.id DESC LIMIT 1), 'OPEN') END""".formatted(alias, TIERS);
	}

	/**
	 * The candidate's {@link CandidateChange} against the run {@code :previousParam} of the job {@code :jobParam},
	 * as the report's diff computes it ({@code dev.delist.report.RunDiff}): a row the previous run hid is not
	 * "previous", and an earlier reported row of the job makes it RESURFACED.
	 */
	static String change(String alias, String previousParam, String jobParam) {
		return """
				coalesce((SELECT CASE WHEN p.suppressed THEN NULL
				                      WHEN p.evidence_sha256 = %1$s.evidence_sha256 THEN 'UNCHANGED' ELSE 'CHANGED' END
				          FROM candidate p WHERE p.job_instance_id = :%2$s AND p.candidate_id = %1$s.candidate_id),
				  CASE WHEN EXISTS (SELECT 1 FROM candidate e
				                    JOIN store_report sr ON sr.job_instance_id = e.job_instance_id AND sr.store = e.store
				                    WHERE e.candidate_id = %1$s.candidate_id AND e.job_instance_id < %1$s.job_instance_id
				                      AND sr.job_name = :%3$s AND NOT e.suppressed)
				       THEN 'RESURFACED' ELSE 'NEW' END)""".formatted(alias, previousParam, jobParam);
	}

	/** Whether the candidate is a takedown candidate; rows from before V15 counted when their entry was in force. */
	static String takedown(String alias) {
		return "coalesce(%1$s.takedown_candidate, %1$s.entry_in_force)".formatted(alias);
	}

	private ReviewSql() {
	}

}
