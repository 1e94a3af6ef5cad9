package dev.delist.job;

import dev.delist.discover.TargetRepository;
import dev.delist.observe.Progress;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/** Progress of the fetch step over all its partitions: targets answered out of those pending at its start. */
@Component
class FetchProgress implements StepExecutionListener {

	private final TargetRepository targets;

	private volatile Progress progress;

	FetchProgress(TargetRepository targets) {
		this.targets = targets;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		long pending = this.targets.pendingCount(stepExecution.getJobExecution().getJobInstanceId());
		this.progress = Progress.of("fetch: targets answered", pending);
	}

	void advance(int targets) {
		Progress current = this.progress;
		if (current != null) {
			current.advance(targets);
		}
	}

}
