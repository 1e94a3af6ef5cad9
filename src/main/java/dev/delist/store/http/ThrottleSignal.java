package dev.delist.store.http;

/** Store-specific signs of throttling beyond 429 (Apple answers a throttled client with 403 and no body). */
@FunctionalInterface
public interface ThrottleSignal {

	ThrottleSignal NONE = (status, body) -> false;

	boolean isThrottled(int status, String body);

}
