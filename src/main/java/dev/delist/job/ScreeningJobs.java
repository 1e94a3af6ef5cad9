package dev.delist.job;

import org.springframework.batch.core.job.Job;

/** Builds the screening job under the name of a job definition ({@code jobs/<name>.yaml}). */
@FunctionalInterface
public interface ScreeningJobs {

	Job forName(String name);

}
