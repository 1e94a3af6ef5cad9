-- A run's plan, computed once when it is launched and read by every later step, restart, rematch and aggregate,
-- so an edit of jobs/ after the start never changes what the run checks or what its report claims.
CREATE TABLE run_plan (
    plan_id         uuid PRIMARY KEY,
    -- bound by the run's first step; null only between the launch and that step
    job_instance_id bigint UNIQUE,
    created_at      timestamptz NOT NULL DEFAULT now(),
    plan            jsonb NOT NULL
);

-- The health gate's verdict per store, decided once by the gate step; reports, summary, status and the exit code
-- all read it from here.
CREATE TABLE run_verdict (
    job_instance_id bigint NOT NULL,
    store           text NOT NULL,
    status          text NOT NULL CHECK (status IN ('COMPLETE', 'INCOMPLETE')),
    health          jsonb NOT NULL,
    decided_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (job_instance_id, store)
);
