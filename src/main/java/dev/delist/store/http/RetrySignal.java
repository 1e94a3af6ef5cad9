package dev.delist.store.http;

/**
 * Store-specific signs that an answer is transient and worth retrying, beyond 429 and 5xx: Apple answers a
 * throttled client with 403 and no body; Google Play sometimes answers 200 with a PlayGatewayError.
 */
@FunctionalInterface
public interface RetrySignal {

	RetrySignal NONE = (status, body) -> false;

	boolean shouldRetry(int status, String body);

}
