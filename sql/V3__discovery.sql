-- Listings now also come from developer catalogs and store searches, which may give only a summary of an
-- app. completeness ranks how a snapshot was obtained (2: a lookup of the app itself, 1: a catalog or
-- search page), so a summary never overwrites the full listing of the same app in the same run.
ALTER TABLE listing_snapshot ADD COLUMN completeness smallint NOT NULL DEFAULT 2;
