package dev.delist.store.http;

/** A monotonic clock in nanoseconds, injectable for tests. */
@FunctionalInterface
public interface Ticker {

	Ticker SYSTEM = System::nanoTime;

	long nanos();

}
