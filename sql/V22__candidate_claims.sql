-- Who has a candidate open in the workbench (delist serve), so that "Next in queue" leads two reviewers to
-- different apps. A claim lapses on its own (delist.review.claim-for), counts only while the candidate is open,
-- and never stops anyone's decision: it is a courtesy between reviewers, not a lock.
CREATE TABLE candidate_claim (
    candidate_id text        PRIMARY KEY,
    username     text        NOT NULL,
    claimed_at   timestamptz NOT NULL DEFAULT now()
);
