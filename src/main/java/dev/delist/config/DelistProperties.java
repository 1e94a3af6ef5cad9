package dev.delist.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * delist's configuration ({@code delist.*}); environment variables and {@code --key=value} arguments override it.
 */
@ConfigurationProperties("delist")
public record DelistProperties(@DefaultValue Jobs jobs, @DefaultValue Report report,
		Map<String, StoreEndpoint> stores, @DefaultValue Http http) {

	public DelistProperties {
		stores = (stores != null) ? Map.copyOf(stores) : Map.of();
	}

	/** @param dir holds {@code <job>.yaml} and {@code lists/*.yaml} */
	public record Jobs(@DefaultValue("./jobs") Path dir) {
	}

	/** @param dir reports land in {@code <dir>/<runDate>/run-<executionId>/} */
	public record Report(@DefaultValue("./reports") Path dir) {
	}

	/**
	 * @param baseUrl the only host delist talks to for this store
	 * @param requestsPerMinute shared by every thread of the process
	 */
	public record StoreEndpoint(String baseUrl, @DefaultValue("20") int requestsPerMinute) {
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

	public StoreEndpoint store(String id) {
		StoreEndpoint endpoint = this.stores.get(id);
		if (endpoint == null || endpoint.baseUrl() == null || endpoint.baseUrl().isBlank()) {
			throw new InputException("delist.stores." + id + ".base-url is not set");
		}
		return endpoint;
	}

}
