package dev.delist.run;

/**
 * The shapes a screening job takes; {@code dev.delist.job.JobShapes} assembles each one's steps in one
 * place. Every shape starts with the plan step and, where it reports, decides the gate before the report.
 */
public enum JobShape {

	/** plan, discover, fetch, match, gate, report: the scheduled run. */
	NIGHTLY,

	/** plan, copy, match, gate, report: an earlier run's stored listings against today's lists, no store asked. */
	REMATCH,

	/** plan, discover, fetch: one shard's part of a sharded fetch; its aggregate matches and reports. */
	SHARD,

	/** plan, gather, match, gate, report: a group's fetched shards as one run. */
	AGGREGATE,

	/** plan, catalog import (matching as it copies), gate, report: an operator's own catalog file, no store. */
	CATALOG,

	/** plan, copy, match, gate, report: a catalog run's stored listings and skipped lines against today's lists. */
	CATALOG_REMATCH

}
