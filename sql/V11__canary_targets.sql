-- A store's canary: a long-lived listing it must answer in every planned country. Its target proves the
-- store's answers are real (a blocked client or a wrong base URL answers "not found" to everything); it is
-- checked by the gate and never stored as a listing, matched or reported.
ALTER TABLE fetch_target ADD COLUMN canary boolean NOT NULL DEFAULT false;
