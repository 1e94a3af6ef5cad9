package dev.delist.job;

import java.util.Iterator;

import dev.delist.discover.FetchBatch;
import dev.delist.discover.TargetRepository;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the batches that still have unanswered targets. The database is the process indicator: a batch
 * answered in a committed chunk is never read again, so a restart continues exactly where the failed
 * execution stopped and keeps no reader state of its own.
 */
class PendingBatchReader implements ItemStreamReader<FetchBatch> {

	private final TargetRepository targets;

	private final long instanceId;

	private final FetchPartitioner.Partition partition;

	private Iterator<Integer> batches;

	PendingBatchReader(TargetRepository targets, long instanceId, FetchPartitioner.Partition partition) {
		this.targets = targets;
		this.instanceId = instanceId;
		this.partition = partition;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		this.batches = this.targets
			.pendingBatches(this.instanceId, this.partition.store(), this.partition.country())
			.iterator();
	}

	@Override
	public FetchBatch read() {
		while (this.batches.hasNext()) {
			FetchBatch batch = this.targets.pendingBatch(this.instanceId, this.batches.next());
			if (batch != null) {
				return batch;
			}
		}
		return null;
	}

}
