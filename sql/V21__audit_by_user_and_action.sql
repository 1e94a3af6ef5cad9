-- The audit page (delist serve, /audit) reads the trail newest first for one user or one action; without these
-- a rare user's page would read the whole trail backwards.
CREATE INDEX audit_event_by_user ON audit_event (username, id);
CREATE INDEX audit_event_by_action ON audit_event (action, id);
