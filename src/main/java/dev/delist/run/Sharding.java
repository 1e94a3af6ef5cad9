package dev.delist.run;

import dev.delist.discover.Shard;

/**
 * How a run takes part in fetching across processes: the fetch of one shard of a group, or the aggregate run
 * that matches and reports the group once its shards are fetched.
 *
 * @param group names the shards that belong together (default: the job and run date)
 * @param count how many shards the group has
 * @param index this run's shard, or null for the aggregate run
 */
public record Sharding(String group, int count, Integer index) {

	public static Sharding shard(String group, Shard shard) {
		return new Sharding(group, shard.count(), shard.index());
	}

	public static Sharding aggregate(String group, int count) {
		return new Sharding(group, count, null);
	}

	public boolean isAggregate() {
		return this.index == null;
	}

	public Shard shard() {
		return new Shard(this.index, this.count);
	}

}
