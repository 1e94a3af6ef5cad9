package dev.delist.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;

import dev.delist.store.Store;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * delist's configuration ({@code delist.*}); environment variables and {@code --key=value} arguments override it.
 */
@ConfigurationProperties("delist")
public record DelistProperties(@DefaultValue Jobs jobs, @DefaultValue Report report, @DefaultValue Stores stores,
		@DefaultValue Http http) {

	/** @param dir holds {@code <job>.yaml} and {@code lists/*.yaml} */
	public record Jobs(@DefaultValue("./jobs") Path dir) {
	}

	/** @param dir reports land in {@code <dir>/<runDate>/run-<executionId>/} */
	public record Report(@DefaultValue("./reports") Path dir) {
	}

	/**
	 * The stores as named fields rather than a map, so environment variables such as
	 * {@code DELIST_STORES_GOOGLEPLAY_REQUESTSPERMINUTE} bind to {@code delist.stores.google-play.*}.
	 */
	public record Stores(@DefaultValue StoreEndpoint apple, @DefaultValue StoreEndpoint googlePlay,
			@DefaultValue StoreEndpoint galaxyStore) {
	}

	/**
	 * @param baseUrl the only host delist talks to for this store
	 * @param requestsPerMinute shared by every thread of the process
	 * @param respectRobots follow the store's robots.txt (Google Play, Galaxy Store); an operator screening its own
	 * store may switch it off
	 */
	public record StoreEndpoint(String baseUrl, @DefaultValue("20") int requestsPerMinute,
			@DefaultValue("true") boolean respectRobots) {
	}

	/**
	 * @param maxAttempts per request, retries of throttling, 5xx and transport errors included
	 * @param maxBackoff the longest wait between attempts; a longer Retry-After ends the request as an error
	 */
	public record Http(@DefaultValue("delist/0.1 (app-store compliance screening)") String userAgent,
			@DefaultValue("10s") Duration connectTimeout, @DefaultValue("30s") Duration readTimeout,
			@DefaultValue("60s") Duration callTimeout, @DefaultValue("4") int maxAttempts,
			@DefaultValue("2s") Duration initialBackoff, @DefaultValue("2m") Duration maxBackoff,
			@DefaultValue("10MB") DataSize maxBodySize) {
	}

	private static final Pattern USER_INFO = Pattern.compile("^[a-zA-Z][\\w+.-]*://[^/?#]*@");

	public StoreEndpoint store(Store store) {
		StoreEndpoint endpoint = switch (store) {
			case APPLE -> this.stores.apple();
			case GOOGLE_PLAY -> this.stores.googlePlay();
			case GALAXY_STORE -> this.stores.galaxyStore();
		};
		if (endpoint == null || endpoint.baseUrl() == null || endpoint.baseUrl().isBlank()) {
			throw new InputException("delist.stores." + store.id() + ".base-url is not set");
		}
		if (USER_INFO.matcher(endpoint.baseUrl()).find()) {
			// the stores need no login, and every target URL built on this one is stored and reported:
			// a user:password@ here would be written into fetch_target and the reports (tested by SecretsTests)
			throw new InputException("delist.stores." + store.id()
					+ ".base-url: a user or password in the URL is not supported (it would be written into reports)");
		}
		return endpoint;
	}

}
