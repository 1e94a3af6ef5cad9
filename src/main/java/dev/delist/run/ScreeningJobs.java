package dev.delist.run;

import org.springframework.batch.core.job.Job;

/**
 * Builds the screening job under the name of a job definition ({@code jobs/<name>.yaml}): the full pipeline,
 * the rematch pipeline that re-reads a stored run instead of discovering and fetching, or the catalog pipeline
 * that imports an operator's catalog file instead.
 */
public interface ScreeningJobs {

	Job forName(String name);

	Job rematch(String name);

	/** One shard's fetch: matching and reporting wait for the aggregate run. */
	Job shard(String name);

	/** Gathers a group's fetched shards, then matches, reports and gates them as one run. */
	Job aggregate(String name);

	/** Screens an operator's own catalog file instead of discovering and fetching. */
	Job catalog(String name);

	default Job forRun(RunParameters parameters) {
		if (parameters.isCatalog()) {
			return catalog(parameters.job());
		}
		if (parameters.sharding() != null) {
			return parameters.sharding().isAggregate() ? aggregate(parameters.job()) : shard(parameters.job());
		}
		return parameters.isRematch() ? rematch(parameters.job()) : forName(parameters.job());
	}

}
