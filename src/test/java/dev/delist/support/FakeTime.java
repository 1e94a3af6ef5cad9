package dev.delist.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.delist.store.http.Sleeper;
import dev.delist.store.http.Ticker;

/** A clock that only moves when someone sleeps: rate limits and backoff checked without wall-clock waits. */
public final class FakeTime implements Sleeper, Ticker {

	private final List<Duration> sleeps = new ArrayList<>();

	private final boolean frozen;

	private long nanos = 1_000_000_000L;

	public FakeTime() {
		this(false);
	}

	private FakeTime(boolean frozen) {
		this.frozen = frozen;
	}

	/** A clock that never moves, so every caller reserves its slot at the same instant. */
	public static FakeTime frozen() {
		return new FakeTime(true);
	}

	@Override
	public synchronized void sleep(Duration duration) {
		this.sleeps.add(duration);
		if (!this.frozen) {
			this.nanos += duration.toNanos();
		}
	}

	@Override
	public synchronized long nanos() {
		return this.nanos;
	}

	public synchronized List<Duration> sleeps() {
		return List.copyOf(this.sleeps);
	}

	public synchronized Duration elapsed() {
		return Duration.ofNanos(this.nanos - 1_000_000_000L);
	}

}
