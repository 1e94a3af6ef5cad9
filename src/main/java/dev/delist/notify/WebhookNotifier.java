package dev.delist.notify;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

import dev.delist.config.DelistProperties;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

/**
 * Posts a message to {@code delist.notify.webhook-url} as Slack's incoming webhooks take it: {@code {"text": ...}}.
 * Retries 5xx, 429 and transport errors with a doubling backoff (a short {@code Retry-After} wins); follows no
 * redirect. A message that cannot be delivered is logged as one warning (one {@code delist: } line on stderr)
 * and dropped: an alert never fails the run it is about. Messages never name the URL, only its host: the URL
 * is the webhook's token.
 */
@Service
public class WebhookNotifier {

	private static final Logger log = LoggerFactory.getLogger(WebhookNotifier.class);

	private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A webhook asking for a longer wait than this is given up on; the run is over and waits for nobody. */
	private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(30);

	private final DelistProperties.Notify settings;

	private final OkHttpClient client;

	public WebhookNotifier(DelistProperties properties) {
		this.settings = properties.notifications();
		this.client = new OkHttpClient.Builder().connectTimeout(this.settings.connectTimeout())
			.readTimeout(this.settings.readTimeout())
			.writeTimeout(this.settings.readTimeout())
			.callTimeout(this.settings.connectTimeout().plus(this.settings.readTimeout().multipliedBy(2)))
			.followRedirects(false)
			.followSslRedirects(false)
			// the attempts below are the retries; OkHttp's own silent one would make them uncountable
			.retryOnConnectionFailure(false)
			.build();
	}

	/** Whether a webhook is configured: without one, {@link #send} makes no request. */
	public boolean configured() {
		return this.settings.webhookUrl() != null;
	}

	/** @return whether the webhook took the message; false, and no request, when none is configured */
	public boolean send(String text) {
		URI url = this.settings.webhookUrl();
		if (url == null) {
			return false;
		}
		String host = url.getHost();
		Request request = new Request.Builder().url(url.toString())
			.post(RequestBody.create(JSON.writeValueAsString(Map.of("text", text)), JSON_TYPE))
			.build();
		String problem = null;
		int attempts = this.settings.attempts();
		int made = 0;
		for (int attempt = 1; attempt <= attempts; attempt++) {
			made = attempt;
			Duration wait = backoff(attempt);
			try (Response response = this.client.newCall(request).execute()) {
				if (response.isSuccessful()) {
					log.info("alert sent to the webhook at {} (attempt {})", host, attempt);
					return true;
				}
				problem = "HTTP " + response.code();
				if (!retryable(response.code())) {
					break; // a 4xx (a revoked hook) or a redirect: asking again gets the same answer
				}
				Duration asked = retryAfter(response.header("Retry-After"));
				if (asked != null) {
					if (asked.compareTo(MAX_RETRY_AFTER) > 0) {
						problem += " asking to wait " + asked.toSeconds() + "s";
						break;
					}
					wait = (asked.compareTo(wait) > 0) ? asked : wait;
				}
			}
			catch (IOException ex) {
				problem = ex.getClass().getSimpleName() + ((ex.getMessage() != null) ? ": " + ex.getMessage() : "");
			}
			if (attempt < attempts && !sleep(wait)) {
				break;
			}
		}
		log.warn("the run's alert was not delivered to the webhook at {} ({}, {} attempt{}); the run's result "
				+ "is unchanged", host, problem, made, (made == 1) ? "" : "s");
		return false;
	}

	private Duration backoff(int attempt) {
		return this.settings.backoff().multipliedBy(1L << Math.min(attempt - 1, 10));
	}

	private static boolean retryable(int code) {
		return code == 429 || code >= 500;
	}

	/** Seconds only: an HTTP date is rare from a webhook, and ignoring it just keeps the backoff. */
	private static Duration retryAfter(String header) {
		if (header == null || !header.strip().matches("\\d{1,6}")) {
			return null;
		}
		return Duration.ofSeconds(Long.parseLong(header.strip()));
	}

	private static boolean sleep(Duration wait) {
		try {
			Thread.sleep(wait.toMillis());
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
