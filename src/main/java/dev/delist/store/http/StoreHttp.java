package dev.delist.store.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okio.BufferedSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.delist.config.DelistProperties;

/**
 * GETs pages of one store politely and defensively: only on the store's configured host, through the host's
 * rate limiter, with capped bodies, no redirects followed, and retries with exponential backoff and jitter
 * for throttling, 5xx and transport errors, honouring {@code Retry-After}. A pooled connection the store had
 * already closed is replaced inside the client ({@link StaleConnectionRetry}) and costs no attempt. It never
 * throws for a store-side problem: the answer says what happened.
 */
public final class StoreHttp {

	/** Attempts in a row that never reached the host before the rest of the run's requests to it fail fast. */
	static final int UNREACHABLE_LIMIT = 8;

	private static final Logger log = LoggerFactory.getLogger(StoreHttp.class);

	private final OkHttpClient client;

	private final HttpUrl baseUrl;

	private final HostRateLimiter limiter;

	private final DelistProperties.Http settings;

	private final RetrySignal retrySignal;

	private final Sleeper sleeper;

	private final Clock clock;

	/** Requests in a row that could not reach the host at all; reset by any answer. */
	private final AtomicInteger unreachableInARow = new AtomicInteger();

	public StoreHttp(OkHttpClient client, HttpUrl baseUrl, HostRateLimiter limiter, DelistProperties.Http settings,
			RetrySignal retrySignal, Sleeper sleeper, Clock clock) {
		this.client = client;
		this.baseUrl = baseUrl;
		this.limiter = limiter;
		this.settings = settings;
		this.retrySignal = retrySignal;
		this.sleeper = sleeper;
		this.clock = clock;
	}

	public HttpUrl baseUrl() {
		return this.baseUrl;
	}

	public HttpAnswer get(HttpUrl url) {
		if (!url.host().equalsIgnoreCase(this.baseUrl.host()) || url.port() != this.baseUrl.port()) {
			return new HttpAnswer(url.toString(), 0, null, "refused: " + url.host() + " is not the configured host "
					+ this.baseUrl.host(), 0);
		}
		if (this.unreachableInARow.get() >= UNREACHABLE_LIMIT) {
			// the host is down: failing fast keeps a dead store from holding the run for hours of backoff
			return new HttpAnswer(url.toString(), 0, null, "not requested: " + url.host() + " was unreachable for the last "
					+ UNREACHABLE_LIMIT + " requests", 0);
		}
		String failure = null;
		int status = 0;
		for (int attempt = 1; attempt <= this.settings.maxAttempts(); attempt++) {
			Attempt result;
			try {
				this.limiter.acquire();
				result = attempt(url);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return new HttpAnswer(url.toString(), status, null, "interrupted", attempt);
			}
			if (result.unreachable()) {
				if (this.unreachableInARow.incrementAndGet() == UNREACHABLE_LIMIT) {
					log.warn("{}: {}; the run's other requests to it fail at once", url.host(), result.failure());
				}
			}
			else {
				this.unreachableInARow.set(0);
			}
			if (!result.retryable()) {
				return new HttpAnswer(url.toString(), result.status(), result.body(), result.failure(), attempt,
						result.redirect());
			}
			failure = result.failure();
			status = result.status();
			if (attempt < this.settings.maxAttempts()) {
				int attemptsSoFar = attempt;
				Duration wait = result.retryAfter().orElseGet(() -> backoff(attemptsSoFar));
				if (wait.compareTo(this.settings.maxBackoff()) > 0) {
					return new HttpAnswer(url.toString(), status, null, failure + "; the store asked to wait " + wait
							+ ", longer than delist.http.max-backoff", attempt);
				}
				log.info("{} -> {}; retrying in {} ms (attempt {} of {})", url, failure, wait.toMillis(), attempt + 1,
						this.settings.maxAttempts());
				if (!sleepOrInterrupted(wait)) {
					return new HttpAnswer(url.toString(), status, null, "interrupted", attempt);
				}
			}
		}
		return new HttpAnswer(url.toString(), status, null,
				failure + " (gave up after " + this.settings.maxAttempts() + " attempts)", this.settings.maxAttempts());
	}

	private Attempt attempt(HttpUrl url) {
		Request request = new Request.Builder().url(url).header("User-Agent", this.settings.userAgent()).build();
		try (Response response = this.client.newCall(request).execute()) {
			int status = response.code();
			if (response.isRedirect()) {
				String location = response.header("Location");
				return new Attempt(status, null, "redirected to " + location + " (not followed)", false,
						Optional.empty(), location);
			}
			String body = readCapped(response);
			if (body == null) {
				return Attempt.done(status, null, "refused: body larger than " + this.settings.maxBodySize());
			}
			Optional<Duration> retryAfter = RetryAfter.parse(response.header("Retry-After"), this.clock);
			if (status == 429 || status >= 500 || this.retrySignal.shouldRetry(status, body)) {
				return Attempt.retry(status, "HTTP " + status + (isServerOrThrottle(status) ? "" : " (transient)"),
						retryAfter);
			}
			return Attempt.done(status, body, null);
		}
		catch (UnknownHostException ex) {
			// a name that does not resolve will not resolve in a few seconds either
			return new Attempt(0, null, "unreachable: cannot resolve " + url.host(), false, Optional.empty(), null);
		}
		catch (ConnectException ex) {
			return Attempt.retry(0, "unreachable: " + describe(ex), Optional.empty());
		}
		catch (InterruptedIOException ex) {
			return Attempt.retry(0, "timed out: " + describe(ex), Optional.empty());
		}
		catch (IOException ex) {
			return Attempt.retry(0, "transport error: " + describe(ex), Optional.empty());
		}
	}

	private static boolean isServerOrThrottle(int status) {
		return status == 429 || status >= 500;
	}

	/** Reads at most the configured cap; null when the body is larger (decompressed size counts). */
	private String readCapped(Response response) throws IOException {
		long cap = this.settings.maxBodySize().toBytes();
		if (response.body().contentLength() > cap) {
			return null;
		}
		BufferedSource source = response.body().source();
		if (source.request(cap + 1)) {
			return null;
		}
		return source.getBuffer().readString(StandardCharsets.UTF_8);
	}

	private Duration backoff(int attempt) {
		long base = this.settings.initialBackoff().toMillis() << Math.min(attempt - 1, 20);
		long capped = Math.min(base, this.settings.maxBackoff().toMillis());
		// full jitter in the upper half keeps parallel workers from retrying in lockstep
		return Duration.ofMillis(capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1));
	}

	private boolean sleepOrInterrupted(Duration wait) {
		try {
			this.sleeper.sleep(wait);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static String describe(IOException ex) {
		return ex.getClass().getSimpleName() + ((ex.getMessage() != null) ? ": " + ex.getMessage() : "");
	}

	private record Attempt(int status, String body, String failure, boolean retryable, Optional<Duration> retryAfter,
			String redirect) {

		static Attempt done(int status, String body, String failure) {
			return new Attempt(status, body, failure, false, Optional.empty(), null);
		}

		static Attempt retry(int status, String failure, Optional<Duration> retryAfter) {
			return new Attempt(status, null, failure, true, retryAfter, null);
		}

		boolean unreachable() {
			return this.failure != null && this.failure.startsWith("unreachable: ");
		}

	}

}
