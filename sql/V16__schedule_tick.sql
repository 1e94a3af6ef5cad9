-- The in-process schedule of delist serve (dev.delist.schedule): one row per cron slot that a serve process
-- claimed. Two serve replicas on one database fire the same slot at the same instant; the primary key lets
-- exactly one of them start the night's run, whichever inserts first, so replicas never run a slot twice.
-- (The job lock keeps runs from overlapping; this keeps a second replica from running again right after.)
CREATE TABLE schedule_tick (
    job_name     text        NOT NULL,
    scheduled_at timestamptz NOT NULL,
    claimed_by   text        NOT NULL,
    claimed_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (job_name, scheduled_at)
);
