-- Reviewers' decisions on candidates (delist review import). Every import appends; the latest row per
-- candidate_id wins, so the table is also the history of who decided what, when and why.
-- A decision binds to the evidence it was made on: the evidence hash, tier and reason codes of the latest
-- candidate row at import time. A DISMISSED decision hides the candidate only while all three still hold.
CREATE TABLE disposition (
    id              bigserial   PRIMARY KEY,
    candidate_id    text        NOT NULL,
    store           text        NOT NULL,
    country         char(2)     NOT NULL,
    app_id          text        NOT NULL,
    list_id         text        NOT NULL,
    entry_id        text        NOT NULL,
    decision        text        NOT NULL CHECK (decision IN ('CONFIRMED', 'DISMISSED')),
    reason          text,
    reviewer        text        NOT NULL,
    evidence_sha256 char(64)    NOT NULL,
    tier            text        NOT NULL,
    reason_codes    jsonb       NOT NULL,
    job_instance_id bigint      NOT NULL,
    source          text        NOT NULL,
    imported_at     timestamptz NOT NULL
);
CREATE INDEX disposition_by_candidate ON disposition (candidate_id, id DESC);
-- An import finds the latest candidate row of each decision's key without scanning every run's candidates.
CREATE INDEX candidate_by_decision_key ON candidate (store, lower(app_id), list_id, entry_id);

-- A candidate a DISMISSED decision covers is kept (counted as suppressed, diffed as SUPPRESSED), never deleted.
ALTER TABLE candidate ADD COLUMN suppressed boolean NOT NULL DEFAULT false;
ALTER TABLE candidate ADD COLUMN suppressed_by bigint;

-- The reviewer views of V4 leave suppressed candidates out of what is open and count them apart.
CREATE OR REPLACE VIEW run_overview AS
SELECT r.job_name, r.run_date, r.job_instance_id, r.job_execution_id, r.store, r.status,
       r.health ->> 'gate' AS gate,
       (r.health ->> 'targets')::bigint AS targets,
       (r.health ->> 'fetched')::bigint AS fetched,
       (r.health ->> 'notFound')::bigint AS not_found,
       (r.health ->> 'fetchErrors')::bigint AS fetch_errors,
       count(c.candidate_id) FILTER (WHERE c.entry_in_force AND NOT c.suppressed) AS takedown_candidates,
       count(c.candidate_id) FILTER (WHERE c.entry_in_force AND NOT c.suppressed AND c.tier = 'CONFIRMED') AS confirmed,
       count(c.candidate_id) FILTER (WHERE c.entry_in_force AND NOT c.suppressed AND c.tier = 'LIKELY') AS likely,
       count(c.candidate_id) FILTER (WHERE c.entry_in_force AND NOT c.suppressed AND c.tier = 'POSSIBLE') AS possible,
       count(c.candidate_id) FILTER (WHERE NOT c.entry_in_force AND NOT c.suppressed) AS not_in_force,
       r.report_dir, r.written_at,
       count(c.candidate_id) FILTER (WHERE c.suppressed) AS suppressed
FROM store_report r
LEFT JOIN candidate c ON c.job_instance_id = r.job_instance_id AND c.store = r.store
GROUP BY r.job_instance_id, r.store;

CREATE OR REPLACE VIEW open_candidates AS
WITH latest AS (
    SELECT DISTINCT ON (job_name, store) job_name, store, run_date, job_instance_id, job_execution_id, status
    FROM store_report
    ORDER BY job_name, store, job_instance_id DESC
)
SELECT l.job_name, l.store, l.run_date, l.job_execution_id, l.status AS report_status,
       c.candidate_id, c.country, c.app_id, c.bundle_id, c.title, c.developer_name, c.developer_id, c.legal_name,
       c.url, c.list_id, c.entry_id, c.entry_name, c.tier, c.score, c.reasons, c.fetched_at, c.evidence_sha256
FROM latest l
JOIN candidate c ON c.job_instance_id = l.job_instance_id AND c.store = l.store
WHERE c.entry_in_force AND NOT c.suppressed;
