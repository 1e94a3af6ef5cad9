package dev.delist.store.http;

import java.time.Duration;

/** Waiting, made injectable so tests check rate limits and backoff without wall-clock tolerances. */
@FunctionalInterface
public interface Sleeper {

	Sleeper SYSTEM = (duration) -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);

	void sleep(Duration duration) throws InterruptedException;

}
