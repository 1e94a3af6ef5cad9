-- Views for reviewers who query the database directly (psql, a BI tool): their current definitions, in one
-- place. A repeatable migration: Flyway runs it after the versioned ones whenever this file changes, so edit
-- the views here, never in a new V migration (V4 created them and V8 redefined two; both stay as applied).
-- Dropped and created rather than replaced, so a column can also be removed or reordered. A V migration that
-- changes a column these views read must drop the views first; this file creates them again afterwards.
-- A "run" is a job instance, and the execution id is the one that names the report directory.

DROP VIEW IF EXISTS run_overview;
DROP VIEW IF EXISTS open_candidates;
DROP VIEW IF EXISTS listing_history;

-- One row per run and store whose report was written: status, gate, and what it found. Candidates a
-- reviewer's DISMISSED decision suppresses are counted apart, not as open.
CREATE VIEW run_overview AS
SELECT r.job_name, r.run_date, r.job_instance_id, r.job_execution_id, r.store, r.status,
       r.health ->> 'gate' AS gate,
       (r.health ->> 'targets')::bigint AS targets,
       (r.health ->> 'fetched')::bigint AS fetched,
       (r.health ->> 'notFound')::bigint AS not_found,
       (r.health ->> 'fetchErrors')::bigint AS fetch_errors,
       count(c.candidate_id) FILTER (WHERE c.takedown_candidate AND NOT c.suppressed) AS takedown_candidates,
       count(c.candidate_id) FILTER (WHERE c.takedown_candidate AND NOT c.suppressed AND c.tier = 'CONFIRMED') AS confirmed,
       count(c.candidate_id) FILTER (WHERE c.takedown_candidate AND NOT c.suppressed AND c.tier = 'LIKELY') AS likely,
       count(c.candidate_id) FILTER (WHERE c.takedown_candidate AND NOT c.suppressed AND c.tier = 'POSSIBLE') AS possible,
       count(c.candidate_id) FILTER (WHERE NOT c.entry_in_force AND NOT c.suppressed) AS not_in_force,
       count(c.candidate_id) FILTER (WHERE NOT c.takedown_candidate AND NOT c.suppressed) AS not_takedown,
       r.report_dir, r.written_at,
       count(c.candidate_id) FILTER (WHERE c.suppressed) AS suppressed
FROM store_report r
LEFT JOIN candidate c ON c.job_instance_id = r.job_instance_id AND c.store = r.store
GROUP BY r.job_instance_id, r.store;

-- The takedown candidates (entry in force, storefront in the list's jurisdiction) of the latest run of each job and store whose report was written, less the
-- suppressed ones. report_status says whether that run was COMPLETE: an INCOMPLETE run's list may miss
-- listings it could not check.
CREATE VIEW open_candidates AS
WITH latest AS (
    SELECT DISTINCT ON (job_name, store) job_name, store, run_date, job_instance_id, job_execution_id, status
    FROM store_report
    ORDER BY job_name, store, job_instance_id DESC
)
SELECT l.job_name, l.store, l.run_date, l.job_execution_id, l.status AS report_status,
       c.candidate_id, c.country, c.app_id, c.bundle_id, c.title, c.developer_name, c.developer_id, c.legal_name,
       c.url, c.list_id, c.entry_id, c.entry_name, c.tier, c.score, c.reasons, c.fetched_at, c.evidence_sha256,
       c.entry_jurisdiction
FROM latest l
JOIN candidate c ON c.job_instance_id = l.job_instance_id AND c.store = l.store
WHERE c.takedown_candidate AND NOT c.suppressed;

-- Every match of a listing over the reported runs, e.g.
--   SELECT * FROM listing_history WHERE store = 'apple' AND country = 'us' AND app_id = '1234' ORDER BY job_instance_id;
-- evidence_changed: the evidence hash (ids, title, developer and legal names) differs from the listing's
-- previous row for the same list entry, which is what reopens a reviewer's decision.
CREATE VIEW listing_history AS
SELECT c.store, c.country, c.app_id, r.job_name, r.run_date, c.job_instance_id, r.job_execution_id,
       r.status AS report_status, c.candidate_id, c.list_id, c.entry_id, c.entry_in_force, c.takedown_candidate, c.tier, c.score,
       c.title, c.developer_name, c.legal_name, c.fetched_at, c.evidence_sha256,
       coalesce(lag(c.evidence_sha256) OVER w <> c.evidence_sha256, false) AS evidence_changed,
       lag(c.job_instance_id) OVER w IS NULL AS first_match
FROM candidate c
JOIN store_report r ON r.job_instance_id = c.job_instance_id AND r.store = c.store
WINDOW w AS (PARTITION BY c.store, c.country, c.app_id, c.list_id, c.entry_id ORDER BY c.job_instance_id);
