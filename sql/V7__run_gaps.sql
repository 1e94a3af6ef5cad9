-- What a run knows it could not see beyond its own targets: e.g. an aggregate run whose shards did not all
-- complete. Every gap fails the health gate and is named in the report.
CREATE TABLE run_gap (
    job_instance_id bigint NOT NULL,
    reason          text   NOT NULL
);
CREATE INDEX run_gap_run ON run_gap (job_instance_id);
