package dev.delist.job;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dev.delist.discover.TargetRepository;
import dev.delist.observe.RunMetrics;
import dev.delist.store.Listing;
import dev.delist.store.Outcome;
import dev.delist.store.SnapshotRepository;
import dev.delist.store.TargetResult;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Stores snapshots and marks each target answered, in the chunk's transaction: all of it or none. */
class FetchedBatchWriter implements ItemWriter<FetchedBatch> {

	private static final Logger log = LoggerFactory.getLogger(FetchedBatchWriter.class);

	private final TargetRepository targets;

	private final SnapshotRepository snapshots;

	private final long instanceId;

	private final RunMetrics metrics;

	private final FetchProgress progress;

	FetchedBatchWriter(TargetRepository targets, SnapshotRepository snapshots, long instanceId, RunMetrics metrics,
			FetchProgress progress) {
		this.targets = targets;
		this.snapshots = snapshots;
		this.instanceId = instanceId;
		this.metrics = metrics;
		this.progress = progress;
	}

	@Override
	public void write(Chunk<? extends FetchedBatch> chunk) {
		for (FetchedBatch fetched : chunk) {
			int completeness = fetched.batch().key().completeness();
			// a canary proves the store answered; it is not a listing anyone screens
			for (TargetResult result : fetched.batch().canary() ? List.<TargetResult>of() : fetched.result().results()) {
				for (Listing listing : result.listings()) {
					this.snapshots.save(this.instanceId, listing, completeness, fetched.fetchedAt());
				}
			}
			this.targets.recordResults(this.instanceId, fetched.batch(), fetched.result().results(),
					fetched.fetchedAt());
			this.snapshots.addRequests(this.instanceId, fetched.batch().store(), fetched.result().requests());
			Map<Outcome, Long> outcomes = fetched.result()
				.results()
				.stream()
				.collect(Collectors.groupingBy(TargetResult::outcome, TreeMap::new, Collectors.counting()));
			log.debug("{} {} batch {}: {} ids -> {}", fetched.batch().store(), fetched.batch().country(),
					fetched.batch().batchNo(), fetched.batch().values().size(), outcomes);
			String store = fetched.batch().store().id();
			this.metrics.requests(store, fetched.result().requests());
			outcomes.forEach((outcome, count) -> this.metrics.targets(store, outcome.name(), count));
			this.progress.advance(fetched.batch().values().size());
		}
	}

}
