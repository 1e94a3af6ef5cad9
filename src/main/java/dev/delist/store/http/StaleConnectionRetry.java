package dev.delist.store.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;

import okhttp3.Connection;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a GET again, on another connection, when the pooled connection it was given turns out to be dead: a
 * server that closes after each answer without {@code Connection: close} (HTTP/1.0 style, or an expired
 * keep-alive) leaves such connections in the pool, and OkHttp only checks a pooled connection thoroughly for
 * other methods. The repeat happens inside the same call, so it costs the caller neither an attempt nor a
 * rate-limit slot; the store never saw the first try.
 * <p>
 * Narrower than OkHttp's own {@code retryOnConnectionFailure}, which stays off: only GET and HEAD, only a
 * connection that had already carried an exchange, never after a timeout, and no silent repeat of a 408 or of
 * a request that failed on a fresh connection (that one did reach the store, and costs an attempt).
 */
final class StaleConnectionRetry {

	/** More dead connections than the pool keeps idle (five) means something else is wrong. */
	static final int MAX_STALE_IN_A_ROW = 6;

	private static final Logger log = LoggerFactory.getLogger(StaleConnectionRetry.class);

	/** Connections that have carried an exchange; weak, so the pool alone decides how long they live. */
	private final Set<Connection> used = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

	OkHttpClient.Builder installOn(OkHttpClient.Builder client) {
		return client.addInterceptor(this::retryStale).addNetworkInterceptor(this::markStale);
	}

	/** Application interceptor: around the whole exchange, so that a repeat gets a connection of its own. */
	private Response retryStale(Interceptor.Chain chain) throws IOException {
		for (int stale = 1;; stale++) {
			try {
				return chain.proceed(chain.request());
			}
			catch (StaleConnectionException ex) {
				if (stale >= MAX_STALE_IN_A_ROW) {
					throw ex.failure();
				}
				log.debug("{} found its pooled connection closed ({}); sending it on another connection",
						chain.request().url(), ex.failure().toString());
			}
		}
	}

	/** Network interceptor: knows which connection the exchange used, and whether it was reused. */
	private Response markStale(Interceptor.Chain chain) throws IOException {
		Connection connection = chain.connection();
		boolean reused = (connection != null) && !this.used.add(connection);
		try {
			return chain.proceed(chain.request());
		}
		catch (InterruptedIOException ex) {
			// a timeout is a slow store, not a dead connection: it costs an attempt like any other
			throw ex;
		}
		catch (IOException ex) {
			if (reused && idempotent(chain.request())) {
				throw new StaleConnectionException(ex);
			}
			throw ex;
		}
	}

	private static boolean idempotent(Request request) {
		return request.method().equals("GET") || request.method().equals("HEAD");
	}

	/** A failure on a reused connection, carried from the network interceptor to the application one. */
	private static final class StaleConnectionException extends IOException {

		StaleConnectionException(IOException failure) {
			super(failure);
		}

		IOException failure() {
			return (IOException) getCause();
		}

	}

}
