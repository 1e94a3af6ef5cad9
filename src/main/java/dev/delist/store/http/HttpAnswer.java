package dev.delist.store.http;

/**
 * The final answer to one GET after retries.
 *
 * @param status the HTTP status, or 0 when no response arrived
 * @param body the body as text (capped), or null
 * @param failure why the request is considered failed, or null when the store answered
 * @param attempts how many HTTP requests it took
 */
public record HttpAnswer(String url, int status, String body, String failure, int attempts) {

	public boolean answered() {
		return this.failure == null;
	}

}
