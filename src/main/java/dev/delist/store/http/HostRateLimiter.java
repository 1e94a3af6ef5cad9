package dev.delist.store.http;

import java.time.Duration;

/**
 * Spaces requests to one host evenly: at most {@code requestsPerMinute}, shared by every thread that uses it.
 * Each caller reserves the next free slot under the lock and waits for it outside the lock.
 */
public final class HostRateLimiter {

	private final long intervalNanos;

	private final Ticker ticker;

	private final Sleeper sleeper;

	private long nextSlot;

	private boolean first = true;

	public HostRateLimiter(int requestsPerMinute, Ticker ticker, Sleeper sleeper) {
		if (requestsPerMinute < 1) {
			throw new IllegalArgumentException("requests per minute must be at least 1, was " + requestsPerMinute);
		}
		this.intervalNanos = Duration.ofMinutes(1).toNanos() / requestsPerMinute;
		this.ticker = ticker;
		this.sleeper = sleeper;
	}

	public void acquire() throws InterruptedException {
		long wait = reserve();
		if (wait > 0) {
			this.sleeper.sleep(Duration.ofNanos(wait));
		}
	}

	private synchronized long reserve() {
		long now = this.ticker.nanos();
		long slot = (this.first || this.nextSlot - now < 0) ? now : this.nextSlot;
		this.first = false;
		this.nextSlot = slot + this.intervalNanos;
		return slot - now;
	}

}
