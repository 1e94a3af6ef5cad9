package dev.delist.observe;

import java.time.Duration;
import java.time.LocalDateTime;

import org.slf4j.MDC;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.core.task.TaskDecorator;
import org.springframework.stereotype.Component;

/**
 * Ties log lines and metrics to the run: every log line of a run starts with "run N: " (partition threads
 * included, through {@link #decorator()}), and every step's duration is timed.
 */
@Component
public class RunObservation implements JobExecutionListener, StepExecutionListener {

	static final String RUN = "run";

	private final RunMetrics metrics;

	public RunObservation(RunMetrics metrics) {
		this.metrics = metrics;
	}

	@Override
	public void beforeJob(JobExecution jobExecution) {
		MDC.put(RUN, "run " + jobExecution.getJobInstanceId() + ": ");
	}

	@Override
	public void afterJob(JobExecution jobExecution) {
		MDC.remove(RUN);
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		LocalDateTime start = stepExecution.getStartTime();
		if (start != null) {
			this.metrics.step(stepExecution.getStepName().replaceAll(":.*", ""), stepExecution.getStatus().name(),
					Duration.between(start, LocalDateTime.now()));
		}
		return stepExecution.getExitStatus();
	}

	/** Carries the run's log context into the threads that fetch partitions. */
	public static TaskDecorator decorator() {
		return (task) -> {
			var context = MDC.getCopyOfContextMap();
			return () -> {
				if (context != null) {
					MDC.setContextMap(context);
				}
				try {
					task.run();
				}
				finally {
					MDC.clear();
				}
			};
		};
	}

}
