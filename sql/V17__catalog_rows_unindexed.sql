-- A catalog run's listings (run --catalog) are unique by construction: the import refuses a second line with the
-- same store, country and appId before anything is stored. Keeping them in the unique key anyway cost about
-- two thirds of a million-row import (docs/benchmarks.md: the key's index is updated row by row in random
-- order). So the key now covers fetched listings only, which need it for ON CONFLICT; catalog rows are marked
-- and found through a block-range index on their run, which costs nothing to keep up as a run's rows are
-- appended together. Rows stored before this migration keep from_catalog = false and stay in the key.
ALTER TABLE listing_snapshot ADD COLUMN from_catalog boolean NOT NULL DEFAULT false;
ALTER TABLE listing_snapshot DROP CONSTRAINT listing_snapshot_pkey;
CREATE UNIQUE INDEX listing_snapshot_key ON listing_snapshot (job_instance_id, store, country, app_id)
    WHERE NOT from_catalog;
CREATE INDEX listing_snapshot_run ON listing_snapshot USING brin (job_instance_id);
