package dev.delist.store.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One rate limiter per host for the whole process, whichever step, partition or thread asks. */
public class HostRateLimiters {

	private final Map<String, HostRateLimiter> limiters = new ConcurrentHashMap<>();

	private final Ticker ticker;

	private final Sleeper sleeper;

	public HostRateLimiters(Ticker ticker, Sleeper sleeper) {
		this.ticker = ticker;
		this.sleeper = sleeper;
	}

	public HostRateLimiter forHost(String host, int requestsPerMinute) {
		return this.limiters.computeIfAbsent(host, (key) -> new HostRateLimiter(requestsPerMinute, this.ticker,
				this.sleeper));
	}

}
