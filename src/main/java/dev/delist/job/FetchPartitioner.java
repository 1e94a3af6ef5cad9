package dev.delist.job;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.delist.discover.TargetRepository;
import dev.delist.store.Store;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One fetch partition per store and country of the run, so one process works several storefronts at once
 * while each store's host keeps its own shared rate limit. Every pair is a partition, answered or not: a
 * restarted partition whose targets are all answered simply reads nothing.
 */
class FetchPartitioner implements Partitioner {

	private static final String STORE = "store";

	private static final String COUNTRY = "country";

	private final TargetRepository targets;

	private final long instanceId;

	FetchPartitioner(TargetRepository targets, long instanceId) {
		this.targets = targets;
		this.instanceId = instanceId;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (TargetRepository.StoreCountry pair : this.targets.storeCountries(this.instanceId)) {
			ExecutionContext context = new ExecutionContext();
			context.putString(STORE, pair.store().id());
			context.putString(COUNTRY, pair.country());
			partitions.put(pair.store().id() + "-" + pair.country(), context);
		}
		return partitions;
	}

	static Partition partitionOf(StepExecution stepExecution) {
		ExecutionContext context = stepExecution.getExecutionContext();
		return new Partition(Store.fromId(context.getString(STORE)), context.getString(COUNTRY));
	}

	record Partition(Store store, String country) {
	}

}
