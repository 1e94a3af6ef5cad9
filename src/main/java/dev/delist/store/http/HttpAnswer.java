package dev.delist.store.http;

/**
 * The final answer to one GET after retries.
 *
 * @param status the HTTP status, or 0 when no response arrived
 * @param body the body as text (capped), or null
 * @param failure why the request is considered failed, or null when the store answered
 * @param attempts how many HTTP requests it took
 * @param redirect where a redirect pointed (never followed), or null
 */
public record HttpAnswer(String url, int status, String body, String failure, int attempts, String redirect) {

	HttpAnswer(String url, int status, String body, String failure, int attempts) {
		this(url, status, body, failure, attempts, null);
	}

	public boolean answered() {
		return this.failure == null;
	}

}
