package dev.delist.retention;

import java.util.List;

import dev.delist.support.Cli;
import dev.delist.support.WholeRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code delist prune} over a sharded nightly: the shards' listings, copied into their group's aggregate, go
 * once that aggregate is pruned, and a later aggregate of the group names those shards instead of reporting
 * nothing as clean.
 */
class PruneShardsFunctionalTests {

	@RegisterExtension
	final WholeRun run = new WholeRun();

	@Test
	void shouldPruneTheShardsOfAPrunedAggregateAndRefuseToGatherThemAgain() throws Exception {
		// given: two nights, each fetched in two shards and aggregated
		this.run.bannedAppAndClone("Weather Radar");
		Cli cli = this.run.cli();
		for (String date : List.of("2026-11-28", "2026-11-29")) {
			for (String shard : List.of("0/2", "1/2")) {
				Cli.Result fetched = cli.run("run", "--date", date, "--shard", shard);
				assertThat(fetched.exitCode()).as(fetched.toString()).isZero();
			}
			Cli.Result aggregated = cli.run("aggregate", "--date", date, "--shards", "2");
			assertThat(aggregated.exitCode()).as(aggregated.toString()).isZero();
		}
		List<String> shardsBefore = this.run.query("SELECT count(*) FROM listing_snapshot WHERE job_instance_id IN "
				+ "(1, 2)");
		List<String> secondNight = this.run.query("SELECT job_instance_id || ' ' || count(*) FROM listing_snapshot "
				+ "WHERE job_instance_id >= 4 GROUP BY job_instance_id ORDER BY job_instance_id");
		assertThat(secondNight).hasSize(3);

		// when
		Cli.Result pruned = cli.run("prune", "--keep", "1");

		// then: the first night's aggregate keeps its candidate's listing, its shards keep nothing; the second
		// night is whole
		assertThat(pruned.exitCode()).as(pruned.toString()).isZero();
		assertThat(pruned.out()).contains("pruned run 3 (nightly, 2026-11-28): 1 of 2 listings removed, 1 kept")
			.contains("pruned shard run 1 (nightly, 2026-11-28): ")
			.contains("pruned shard run 2 (nightly, 2026-11-28): ")
			.endsWith("pruned 3 runs, " + (1 + Long.parseLong(shardsBefore.get(0))) + " listings removed; each job's "
					+ "newest 1 kept whole\n");
		List<String> after = this.run.query("SELECT job_instance_id || ' ' || count(*) FROM listing_snapshot "
				+ "GROUP BY job_instance_id ORDER BY job_instance_id");
		assertThat(after.get(0)).isEqualTo("3 1");
		assertThat(after.subList(1, after.size())).isEqualTo(secondNight).last().isEqualTo("6 2");

		// and: aggregating the first night again names its pruned shards and is INCOMPLETE, not clean
		Cli.Result again = cli.run("aggregate", "--date", "2026-11-28", "--shards", "2");
		assertThat(again.exitCode()).as(again.toString()).isEqualTo(3);
		assertThat(again.err()).contains("shard 0/2 of group nightly-2026-11-28 (execution 1) was pruned (delist prune)")
			.contains("shard 1/2 of group nightly-2026-11-28 (execution 2) was pruned (delist prune)");
	}

}
