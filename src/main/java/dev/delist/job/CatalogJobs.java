package dev.delist.job;

import org.springframework.batch.core.job.Job;

/** Builds the catalog pipeline for a job definition: lists, catalogImport, match, catalogReport, gate. */
@FunctionalInterface
interface CatalogJobs {

	/**
	 * @param name the job definition; the Spring Batch job is {@code <name>-catalog}, so a catalog run's history,
	 * diffs and lock are its own and never mix with the runs that fetch from the stores
	 */
	Job forName(String name);

}
