-- delist's own tables. Spring Batch's job repository (BATCH_*) is created by the Java migration V1.
-- A "run" is a Spring Batch job instance: a restart continues the same run in a new job execution,
-- so run state is keyed by job_instance_id and report files by the execution that wrote them.

-- Every list file ever loaded, by content hash: the exact policy text a candidate rests on.
CREATE TABLE list_version (
    list_id         text        NOT NULL,
    sha256          char(64)    NOT NULL,
    version         text        NOT NULL,
    title           text        NOT NULL,
    authority       text        NOT NULL,
    citation        text,
    content         text        NOT NULL,
    first_loaded_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (list_id, sha256)
);

-- The list versions one run used, with their legal status on the run date.
CREATE TABLE run_list (
    job_instance_id bigint   NOT NULL,
    list_id         text     NOT NULL,
    sha256          char(64) NOT NULL,
    version         text     NOT NULL,
    status          text     NOT NULL,
    effective_from  date,
    effective_until date,
    in_force        boolean  NOT NULL,
    PRIMARY KEY (job_instance_id, list_id)
);

-- What a run set out to check. outcome stays NULL until the target's request has been answered,
-- which is what lets a restart pick up exactly the unanswered ones.
CREATE TABLE fetch_target (
    id              bigserial PRIMARY KEY,
    job_instance_id bigint      NOT NULL,
    store           text        NOT NULL,
    country         char(2)     NOT NULL,
    kind            text        NOT NULL,
    value           text        NOT NULL,
    batch_no        integer     NOT NULL,
    outcome         text,
    url             text,
    detail          text,
    finished_at     timestamptz,
    UNIQUE (job_instance_id, store, country, kind, value)
);
CREATE INDEX fetch_target_pending ON fetch_target (job_instance_id, batch_no) WHERE outcome IS NULL;

-- HTTP requests a run made per store, retries included (health.requests in the report).
CREATE TABLE fetch_requests (
    job_instance_id bigint NOT NULL,
    store           text   NOT NULL,
    requests        bigint NOT NULL,
    PRIMARY KEY (job_instance_id, store)
);

-- One row per listing seen by a run; the unique key makes a replayed chunk overwrite, never duplicate.
CREATE TABLE listing_snapshot (
    id              bigserial PRIMARY KEY,
    job_instance_id bigint      NOT NULL,
    store           text        NOT NULL,
    country         char(2)     NOT NULL,
    app_id          text        NOT NULL,
    bundle_id       text,
    title           text,
    developer_name  text,
    developer_id    text,
    legal_name      text,
    url             text,
    listing         jsonb       NOT NULL,
    content_sha256  char(64)    NOT NULL,
    fetched_at      timestamptz NOT NULL,
    UNIQUE (job_instance_id, store, country, app_id)
);

-- Matches of a run, takedown candidates and matches against entries not in force alike.
CREATE TABLE candidate (
    job_instance_id bigint      NOT NULL,
    candidate_id    text        NOT NULL,
    store           text        NOT NULL,
    country         char(2)     NOT NULL,
    app_id          text        NOT NULL,
    bundle_id       text,
    title           text        NOT NULL,
    developer_name  text        NOT NULL,
    developer_id    text,
    legal_name      text,
    url             text        NOT NULL,
    fetched_at      timestamptz NOT NULL,
    snapshot_sha256 char(64),
    list_id         text        NOT NULL,
    entry_id        text        NOT NULL,
    entry_name      text        NOT NULL,
    entry_in_force  boolean     NOT NULL,
    tier            text        NOT NULL,
    score           numeric(4, 3) NOT NULL,
    reasons         jsonb       NOT NULL,
    evidence_sha256 char(64)    NOT NULL,
    PRIMARY KEY (job_instance_id, candidate_id)
);

-- One row per run and store once its report is written: what status, health and paths reviewers got.
CREATE TABLE store_report (
    job_instance_id  bigint      NOT NULL,
    job_execution_id bigint      NOT NULL,
    job_name         text        NOT NULL,
    run_date         date        NOT NULL,
    store            text        NOT NULL,
    status           text        NOT NULL,
    health           jsonb       NOT NULL,
    candidates       jsonb       NOT NULL,
    report_dir       text        NOT NULL,
    written_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (job_instance_id, store)
);
