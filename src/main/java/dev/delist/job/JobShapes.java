package dev.delist.job;

import dev.delist.observe.RunObservation;
import dev.delist.run.JobShape;
import dev.delist.run.ScreeningJobs;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every job delist runs, step by step, in one place. Each starts by pinning its plan; each that reports decides
 * the gate first, so the report only writes down a verdict already reached.
 */
@Configuration(proxyBeanMethods = false)
class JobShapes {

	/** A catalog run is its own job, so its history, diffs and lock never mix with the runs that fetch. */
	static final String CATALOG_SUFFIX = "-catalog";

	@Bean
	ScreeningJobs screeningJobs(JobRepository jobRepository, RunObservation observation, AlertAfterRun alert,
			Step planStep, Step discoverStep, Step fetchStep, Step copyStep, Step gatherStep, Step catalogImportStep,
			Step catalogCopyStep, Step matchStep, Step gateStep, Step catalogGateStep, Step reportStep,
			Step catalogReportStep) {
		return (shape, name) -> switch (shape) {
			case NIGHTLY -> job(name, jobRepository, observation, alert, planStep, discoverStep, fetchStep, matchStep,
					gateStep, reportStep);
			case REMATCH -> job(name, jobRepository, observation, alert, planStep, copyStep, matchStep, gateStep,
					reportStep);
			case SHARD -> job(name, jobRepository, observation, alert, planStep, discoverStep, fetchStep);
			case AGGREGATE -> job(name, jobRepository, observation, alert, planStep, gatherStep, matchStep, gateStep,
					reportStep);
			// a catalog is matched while it is imported
			case CATALOG -> job(name + CATALOG_SUFFIX, jobRepository, observation, alert, planStep, catalogImportStep,
					catalogGateStep, catalogReportStep);
			case CATALOG_REMATCH -> job(name + CATALOG_SUFFIX, jobRepository, observation, alert, planStep,
					catalogCopyStep, matchStep, catalogGateStep, catalogReportStep);
		};
	}

	/** The scheduled job of the shipped definition, for tools that look a job up by bean. */
	@Bean
	Job nightlyJob(ScreeningJobs screeningJobs) {
		return screeningJobs.job(JobShape.NIGHTLY, "nightly");
	}

	private static Job job(String name, JobRepository jobRepository, RunObservation observation,
			AlertAfterRun alert, Step first, Step... rest) {
		return Pipelines.job(name, jobRepository, observation, alert, first, rest);
	}

}
