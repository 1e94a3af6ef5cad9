package dev.delist.job;

import dev.delist.notify.WebhookNotifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Sends the run's alert once the job has ended, outside any step's transaction: the report step leaves the
 * text in its execution context ({@link #TEXT}) when the run has new takedown candidates or is INCOMPLETE. A
 * job that failed, or a shard that reports nothing, leaves none. Whatever happens here, the job's status and
 * exit code stay as they are.
 */
@Component
class AlertAfterRun implements JobExecutionListener {

	static final String TEXT = "delist.notify.text";

	private static final Logger log = LoggerFactory.getLogger(AlertAfterRun.class);

	private final WebhookNotifier notifier;

	AlertAfterRun(WebhookNotifier notifier) {
		this.notifier = notifier;
	}

	@Override
	public void afterJob(JobExecution jobExecution) {
		if (!this.notifier.configured() || jobExecution.getStatus() != BatchStatus.COMPLETED) {
			return;
		}
		try {
			for (StepExecution step : jobExecution.getStepExecutions()) {
				if (step.getStatus() == BatchStatus.COMPLETED && step.getExecutionContext().containsKey(TEXT)) {
					this.notifier.send(step.getExecutionContext().getString(TEXT));
				}
			}
		}
		catch (RuntimeException ex) {
			log.warn("the run's alert was not sent: {}", ex.toString(), ex);
		}
	}

}
