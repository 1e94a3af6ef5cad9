-- Matcher 2.0 labels each match: APP when the listing is (or copies) the listed app, DEVELOPER when it is
-- another app of a listed developer ("same developer, other app"). Rows written before 2.0 were all APP.
ALTER TABLE candidate ADD COLUMN level text NOT NULL DEFAULT 'APP';
