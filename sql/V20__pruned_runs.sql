-- delist prune (dev.delist.retention): runs whose listings were thinned to those their candidates were matched on.
-- Every listing a run stored stays until then; a run recorded here keeps its reports, candidates, decisions and
-- targets, and refuses a rematch, which would re-match a fraction of what the run saw and report it as the whole.
CREATE TABLE pruned_run (
    job_instance_id bigint      PRIMARY KEY,
    job_name        text        NOT NULL,
    pruned_at       timestamptz NOT NULL DEFAULT now(),
    removed         bigint      NOT NULL,
    kept            bigint      NOT NULL
);
