package dev.delist.job;

import dev.delist.observe.RunObservation;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.transaction.PlatformTransactionManager;

/** How every delist job and tasklet step is assembled: observed (run id in the logs, step timings) and named. */
final class Pipelines {

	private Pipelines() {
	}

	/**
	 * A job running {@code steps} in order under {@code name}. The alert is registered after the observation, so
	 * it runs before the observation's end of the run and its warnings still carry "run N: ".
	 */
	static Job job(String name, JobRepository jobRepository, RunObservation observation, JobExecutionListener alert,
			Step first, Step... rest) {
		SimpleJobBuilder job = new JobBuilder(name, jobRepository).listener(observation)
			.listener(alert)
			.start(first);
		for (Step step : rest) {
			job = job.next(step);
		}
		return job.build();
	}

	static Step tasklet(String name, Tasklet tasklet, JobRepository jobRepository,
			PlatformTransactionManager transactionManager, RunObservation observation) {
		return new StepBuilder(name, jobRepository).listener(observation).tasklet(tasklet, transactionManager).build();
	}

}
