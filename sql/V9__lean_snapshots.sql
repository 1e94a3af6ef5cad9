-- A run's listings are found by their natural key, never by a surrogate id: dropping the id column and its
-- index halves the index work of storing a million catalog rows. Catalog rows carry all their fields in the
-- columns, so their listing jsonb (a second copy of the same fields) may be left out.
ALTER TABLE listing_snapshot DROP COLUMN id;
ALTER TABLE listing_snapshot DROP CONSTRAINT listing_snapshot_job_instance_id_store_country_app_id_key,
    ADD PRIMARY KEY (job_instance_id, store, country, app_id);
ALTER TABLE listing_snapshot ALTER COLUMN listing DROP NOT NULL;
