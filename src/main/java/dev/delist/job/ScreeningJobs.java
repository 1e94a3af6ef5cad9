package dev.delist.job;

import org.springframework.batch.core.job.Job;

/**
 * Builds the screening job under the name of a job definition ({@code jobs/<name>.yaml}): the full pipeline,
 * or the rematch pipeline that re-reads a stored run instead of discovering and fetching.
 */
public interface ScreeningJobs {

	Job forName(String name);

	Job rematch(String name);

	default Job forRun(RunParameters parameters) {
		return parameters.isRematch() ? rematch(parameters.job()) : forName(parameters.job());
	}

}
