package dev.delist.run;

import org.springframework.batch.core.job.Job;

/** Builds the Spring Batch job of a shape under the name of a job definition ({@code jobs/<name>.yaml}). */
@FunctionalInterface
public interface ScreeningJobs {

	/**
	 * @param name the job definition; a catalog run's job is {@code <name>-catalog}, so its history, diffs and lock
	 * are its own and never mix with the runs that fetch from the stores
	 */
	Job job(JobShape shape, String name);

}
