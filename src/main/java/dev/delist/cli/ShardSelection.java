package dev.delist.cli;

import dev.delist.config.InputException;
import dev.delist.discover.Shard;

/**
 * Which shard a run fetches: {@code --shard i/N}, or in a Kubernetes Indexed Job the pod's
 * {@code JOB_COMPLETION_INDEX} with {@code delist.sharding.shards} as N.
 */
final class ShardSelection {

	private ShardSelection() {
	}

	/** @return the shard, or null for an unsharded run */
	static Shard resolve(String option, String completionIndex, Integer configuredShards) {
		if (option != null) {
			return Shard.parse(option);
		}
		if (completionIndex == null || configuredShards == null || configuredShards <= 1) {
			return null;
		}
		try {
			return new Shard(Integer.parseInt(completionIndex.trim()), configuredShards);
		}
		catch (NumberFormatException ex) {
			throw new InputException("JOB_COMPLETION_INDEX: '" + completionIndex + "' is not a number");
		}
	}

	static String defaultGroup(String job, java.time.LocalDate runDate) {
		return job + "-" + runDate;
	}

}
