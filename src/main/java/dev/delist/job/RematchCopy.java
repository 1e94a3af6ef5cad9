package dev.delist.job;

import dev.delist.discover.TargetRepository;
import dev.delist.retention.RunPruning;
import dev.delist.store.SnapshotRepository;

import org.springframework.stereotype.Component;

/**
 * A rematch's copy of its source run's targets and listings (and whether a run to copy was pruned, which an
 * aggregate's gather asks of each shard). The launcher refuses a pruned source, but a prune
 * may commit after that check: the copy then holds only the candidates' listings, and re-matched it would report
 * them as all the run saw. So the copy is checked once made, in the step's own transaction.
 */
@Component
class RematchCopy {

	private final TargetRepository targets;

	private final SnapshotRepository snapshots;

	private final RunPruning pruning;

	RematchCopy(TargetRepository targets, SnapshotRepository snapshots, RunPruning pruning) {
		this.targets = targets;
		this.snapshots = snapshots;
		this.pruning = pruning;
	}

	Copied copy(long source, long instanceId) {
		int targets = this.targets.copyRun(source, instanceId);
		int listings = this.snapshots.copyRun(source, instanceId);
		// after the copy: a prune committed before it, or while it ran, is visible by now
		if (this.pruning.prunedAt(source).isPresent()) {
			throw new IllegalStateException("run " + source + " was pruned (delist prune) while this rematch copied its "
					+ "listings; rematch a newer run of its job");
		}
		return new Copied(targets, listings);
	}

	/** Whether a run's listings were pruned: a shard so pruned has nothing left to gather either. */
	boolean isPruned(long instanceId) {
		return this.pruning.prunedAt(instanceId).isPresent();
	}

	record Copied(int targets, int listings) {
	}

}
