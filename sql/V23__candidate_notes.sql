-- Reviewers' notes on a match they cannot decide yet ("asked legal about the new owner"), made in the
-- workbench. A note belongs to the app and list entry, like a disposition, so it shows on every storefront and
-- in later runs; it decides nothing. Each is also on the audit trail.
CREATE TABLE candidate_note (
    id           bigserial   PRIMARY KEY,
    store        text        NOT NULL,
    app_id       text        NOT NULL,
    list_id      text        NOT NULL,
    entry_id     text        NOT NULL,
    candidate_id text        NOT NULL,
    country      text        NOT NULL,
    username     text        NOT NULL,
    at           timestamptz NOT NULL DEFAULT now(),
    text         text        NOT NULL CHECK (length(text) BETWEEN 1 AND 2000)
);
CREATE INDEX candidate_note_by_app ON candidate_note (store, lower(app_id), list_id, entry_id, id);
