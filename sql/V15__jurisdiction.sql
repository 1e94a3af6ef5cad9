-- Lists bind in some storefronts only (issue 14). A match is a takedown candidate when its entry is in force on
-- the run date (list status and the entry's own events), its storefront is in the list's jurisdiction, and the
-- evidence says the listing is the listed app (CONFIRMED or LIKELY; dev.delist.match.Tiering decides). The
-- matcher computes the flag per candidate; reviewers' SQL should read candidate.takedown_candidate, not
-- entry_in_force, for what to act on.

-- The storefronts where the candidate's list binds, as the run's list version says.
ALTER TABLE candidate ADD COLUMN entry_jurisdiction text[];
-- NULL only on rows written before this migration; there every in-force match counted as a candidate.
ALTER TABLE candidate ADD COLUMN takedown_candidate boolean;
UPDATE candidate SET takedown_candidate = entry_in_force;

-- What the report's list table shows: where each list binds and whether its entries are the whole order.
ALTER TABLE run_list ADD COLUMN jurisdiction text[];
ALTER TABLE run_list ADD COLUMN entries_complete boolean NOT NULL DEFAULT true;
