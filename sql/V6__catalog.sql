-- Whole-catalog screening (run --catalog FILE): an operator's own listings are imported, not fetched.
-- One row per run and store found in the catalog: the file, the countries it covers and how many of its
-- lines were imported. Report health counts the imported lines as fetched targets; the catalog's bad
-- lines are fetch_target rows (kind CATALOG_LINE, outcome PARSE_FAILURE) with their FILE:LINE message.
CREATE TABLE catalog_import (
    job_instance_id bigint NOT NULL,
    store           text   NOT NULL,
    file            text   NOT NULL,
    countries       text   NOT NULL,
    imported        bigint NOT NULL,
    PRIMARY KEY (job_instance_id, store)
);
