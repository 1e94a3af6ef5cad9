package dev.delist.cli;

import java.time.LocalDate;

import dev.delist.config.InputException;
import dev.delist.discover.Shard;
import dev.delist.store.Store;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which shard a process fetches: the option, or a Kubernetes Indexed Job pod's completion index. */
class ShardSelectionTests {

	@Test
	void shouldTakeTheShardFromTheOption() {
		assertThat(ShardSelection.resolve("1/3", "2", 5)).isEqualTo(new Shard(1, 3));
	}

	@Test
	void shouldTakeTheShardFromTheIndexedJobsCompletionIndexAndTheConfiguredCount() {
		assertThat(ShardSelection.resolve(null, "2", 4)).isEqualTo(new Shard(2, 4));
	}

	@Test
	void shouldRunUnshardedWithoutAnOptionOrWithoutAConfiguredCount() {
		assertThat(ShardSelection.resolve(null, null, 4)).isNull();
		assertThat(ShardSelection.resolve(null, "0", null)).isNull();
		assertThat(ShardSelection.resolve(null, "0", 1)).isNull();
	}

	@Test
	void shouldRefuseAnIndexOutsideTheCountOrNotANumber() {
		assertThatThrownBy(() -> ShardSelection.resolve(null, "4", 4)).isInstanceOf(InputException.class)
			.hasMessage("--shard: 4/4 is not a shard (0 <= i < N, N >= 1)");
		assertThatThrownBy(() -> ShardSelection.resolve(null, "x", 4)).isInstanceOf(InputException.class)
			.hasMessage("JOB_COMPLETION_INDEX: 'x' is not a number");
		assertThatThrownBy(() -> ShardSelection.resolve("2", null, null)).isInstanceOf(InputException.class)
			.hasMessage("--shard: '2' is not of the form i/N (e.g. 0/3)");
	}

	@Test
	void shouldPutEveryTargetInExactlyOneShardTheSameWayEveryTime() {
		int[] counts = new int[3];
		for (int i = 0; i < 3000; i++) {
			String value = "com.example.app" + i;
			int owners = 0;
			for (int shard = 0; shard < 3; shard++) {
				if (new Shard(shard, 3).owns(Store.GOOGLE_PLAY, "us", value)) {
					owners++;
					counts[shard]++;
				}
			}
			assertThat(owners).isEqualTo(1);
		}
		// a stable hash spreads targets roughly evenly
		for (int count : counts) {
			assertThat(count).isBetween(850, 1150);
		}
		// fixed across processes and releases: shards of one group may run different builds during an upgrade
		assertThat(new Shard(1, 3).owns(Store.APPLE, "gb", "414478124")).isTrue();
		assertThat(new Shard(0, 3).owns(Store.GOOGLE_PLAY, "us", "com.tencent.mm")).isTrue();
		assertThat(ShardSelection.defaultGroup("nightly", LocalDate.of(2026, 11, 29))).isEqualTo("nightly-2026-11-29");
	}

}
