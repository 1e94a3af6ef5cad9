package dev.delist.job;

import org.springframework.batch.core.job.Job;

/**
 * Builds the screening job under the name of a job definition ({@code jobs/<name>.yaml}): the full pipeline,
 * the rematch pipeline that re-reads a stored run instead of discovering and fetching, or the catalog pipeline
 * that imports an operator's catalog file instead.
 */
public interface ScreeningJobs {

	Job forName(String name);

	Job rematch(String name);

	Job catalog(String name);

	default Job forRun(RunParameters parameters) {
		if (parameters.isCatalog()) {
			return catalog(parameters.job());
		}
		return parameters.isRematch() ? rematch(parameters.job()) : forName(parameters.job());
	}

}
