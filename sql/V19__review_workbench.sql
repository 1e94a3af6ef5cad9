-- The reviewers' workbench (delist serve, issue 15): an append-only audit trail, the four-eyes step of a
-- dismissal, and the indexes its queue pages on.

-- Who did what, when: decisions, approvals, logins, user changes, exports. Rows are only ever added; the
-- triggers below make the database itself refuse to change or remove one, whoever asks.
CREATE TABLE audit_event (
    id           bigserial   PRIMARY KEY,
    at           timestamptz NOT NULL DEFAULT now(),
    username     text        NOT NULL,
    action       text        NOT NULL,
    candidate_id text,
    detail       jsonb       NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_event_by_candidate ON audit_event (candidate_id, id) WHERE candidate_id IS NOT NULL;

CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP
        USING HINT = 'audit events are never changed or removed; record a new event instead';
END
$$;

CREATE TRIGGER audit_event_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();

-- A dismissal of a CONFIRMED-tier candidate waits here for an approver other than the reviewer who made it.
-- It binds to the candidate row (run and evidence) it was made on, like a disposition. outcome NULL: waiting;
-- APPROVED: written as the disposition disposition_id; REJECTED: the candidate is open again; LAPSED: the
-- listing changed before anyone approved, so the request no longer describes what reviewers see.
CREATE TABLE dismissal_approval (
    id              bigserial   PRIMARY KEY,
    candidate_id    text        NOT NULL,
    job_instance_id bigint      NOT NULL,
    store           text        NOT NULL,
    country         char(2)     NOT NULL,
    app_id          text        NOT NULL,
    list_id         text        NOT NULL,
    entry_id        text        NOT NULL,
    evidence_sha256 char(64)    NOT NULL,
    tier            text        NOT NULL,
    reason          text        NOT NULL,
    requested_by    text        NOT NULL,
    requested_at    timestamptz NOT NULL DEFAULT now(),
    outcome         text        CHECK (outcome IN ('APPROVED', 'REJECTED', 'LAPSED')),
    decided_by      text,
    decided_at      timestamptz,
    decision_reason text,
    disposition_id  bigint      REFERENCES disposition (id),
    CHECK ((outcome IS NULL) = (decided_at IS NULL)),
    CHECK (outcome IS DISTINCT FROM 'APPROVED' OR disposition_id IS NOT NULL)
);
-- At most one request waits per candidate.
CREATE UNIQUE INDEX dismissal_approval_waiting ON dismissal_approval (candidate_id) WHERE outcome IS NULL;
CREATE INDEX dismissal_approval_by_key ON dismissal_approval (store, lower(app_id), list_id, entry_id);

-- A disposition written once an approver agreed with the reviewer's dismissal names the approver too.
ALTER TABLE disposition ADD COLUMN approver text;
-- A candidate page lists the earlier decisions on the same app and entry in every storefront.
CREATE INDEX disposition_by_key ON disposition (store, lower(app_id), list_id, entry_id);

-- The queue walks one run's candidates of a store strongest first (tier, score descending, id) and pages by
-- keyset on the same columns; -score makes a row comparison on the index possible.
CREATE INDEX candidate_queue_order ON candidate (job_instance_id, store, tier, (-score), candidate_id);
-- Its rows are app and list entry with every storefront together: the other rows of a group, found by the key.
CREATE INDEX candidate_queue_group ON candidate (job_instance_id, store, app_id, list_id, entry_id);
