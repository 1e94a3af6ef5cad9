package dev.delist.report;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Large runs made in SQL (generate_series), so that 100,000 candidates cost seconds to insert and nothing on
 * the inserting JVM's heap. Candidates look like real ones: two reasons each, 5 % against entries not in force.
 */
final class SyntheticRuns {

	private SyntheticRuns() {
	}

	/**
	 * Candidates {@code from..to} for run {@code run}; where {@code g % 10 == 0} the evidence hash depends on
	 * {@code salt}, so two runs with different salts differ in a tenth of their candidates.
	 */
	static void candidates(JdbcTemplate jdbc, long run, long from, long to, int salt) {
		jdbc.update("""
				INSERT INTO candidate (job_instance_id, candidate_id, store, country, app_id, bundle_id, title,
				  developer_name, developer_id, legal_name, url, fetched_at, snapshot_sha256, list_id, entry_id,
				  entry_name, entry_in_force, tier, score, reasons, evidence_sha256)
				SELECT ?, 'cand-' || g, 'apple', CASE WHEN g % 2 = 0 THEN 'us' ELSE 'gb' END, (200000000 + g)::text,
				  'com.example.synthetic.app' || g, 'Synthetic App ' || g || ' Scanner Pro', 'Developer ' || (g % 997),
				  (900000 + g % 997)::text, 'Developer ' || (g % 997) || ' Holdings Co., Ltd.',
				  'https://apps.apple.com/us/app/id' || (200000000 + g), timestamptz '2026-11-29 02:00:00Z',
				  repeat('a', 64), 'test-apps', 'entry-' || (g % 8), 'Listed App ' || (g % 8), g % 20 <> 0,
				  (ARRAY['CONFIRMED', 'LIKELY', 'POSSIBLE'])[1 + g % 3], 0.5 + (g % 500) / 1000.0,
				  jsonb_build_array(
				    jsonb_build_object('code', 'STORE_ID', 'field', 'appId', 'listingValue', (200000000 + g)::text,
				      'listValue', (200000000 + g)::text, 'score', 1.0,
				      'explanation', 'The listing''s App Store id is one the list names for this entry.'),
				    jsonb_build_object('code', 'DEVELOPER_NAME', 'field', 'developerName',
				      'listingValue', 'Developer ' || (g % 997), 'listValue', 'Developer', 'score', 0.4,
				      'explanation', 'The developer name resembles a developer the list names.')),
				  lpad(to_hex(CASE WHEN g % 10 = 0 THEN g * ? ELSE g END), 64, '0')
				FROM generate_series(?, ?) g""", run, salt, from, to);
	}

	/** Every target answered, so the gate passes and absent listings count as delisted. */
	static void targets(JdbcTemplate jdbc, long run, int n) {
		jdbc.update("""
				INSERT INTO fetch_target (job_instance_id, store, country, kind, value, batch_no, outcome)
				SELECT ?, 'apple', 'us', 'APP_ID', g::text, g, 'FETCHED' FROM generate_series(1, ?) g""", run, n);
	}

}
