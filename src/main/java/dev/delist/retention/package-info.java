/**
 * Retention: {@code delist prune} removes the listings old runs stored that no candidate was matched on (the bulk
 * of a catalog run: a million-listing run stores about 340 MB), keeping each job's newest runs whole and every
 * run's reports, candidates, decisions and audit trail; a fetching shard goes with its group's pruned aggregate,
 * which held a copy of its listings. A pruned run is recorded, and refuses a rematch (and a shard, a gather).
 */
package dev.delist.retention;
