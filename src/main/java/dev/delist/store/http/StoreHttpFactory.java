package dev.delist.store.http;

import java.time.Clock;
import java.util.Map;
import java.util.function.Function;

import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;

import dev.delist.config.DelistProperties;
import dev.delist.config.InputException;
import dev.delist.store.Store;

import org.springframework.stereotype.Component;

/** Builds each store's {@link StoreHttp} from its configured endpoint, sharing the client and the limiters. */
@Component
public class StoreHttpFactory {

	private final OkHttpClient client;

	private final DelistProperties properties;

	private final HostRateLimiters limiters;

	private final Sleeper sleeper;

	private final Clock clock;

	public StoreHttpFactory(OkHttpClient client, DelistProperties properties, HostRateLimiters limiters,
			Sleeper sleeper, Clock clock) {
		this.client = client;
		this.properties = properties;
		this.limiters = limiters;
		this.sleeper = sleeper;
		this.clock = clock;
	}

	/**
	 * The shared client: explicit timeouts, redirects reported rather than followed (they could leave the host),
	 * and no request repeated behind the caller's back except a GET whose pooled connection had died.
	 */
	public static OkHttpClient client(DelistProperties.Http http) {
		OkHttpClient.Builder client = new OkHttpClient.Builder().connectTimeout(http.connectTimeout())
			.readTimeout(http.readTimeout())
			.callTimeout(http.callTimeout())
			.followRedirects(false)
			.followSslRedirects(false)
			// OkHttp's own retry would also repeat a 408, other methods, and failures on fresh connections
			.retryOnConnectionFailure(false);
		return new StaleConnectionRetry().installOn(client).build();
	}

	public StoreHttp create(Store store, RetrySignal retrySignal) {
		return create(store, retrySignal, (baseUrl) -> Map.of());
	}

	/**
	 * @param headers the headers every request to the store carries besides the User-Agent, from its base URL
	 * (the Galaxy Store answers its API only with its own origin as Referer)
	 */
	public StoreHttp create(Store store, RetrySignal retrySignal, Function<HttpUrl, Map<String, String>> headers) {
		DelistProperties.StoreEndpoint endpoint = this.properties.store(store);
		HttpUrl baseUrl = HttpUrl.parse(endpoint.baseUrl());
		if (baseUrl == null) {
			throw new InputException("delist.stores." + store.id() + ".base-url: '" + endpoint.baseUrl()
					+ "' is not an http(s) URL");
		}
		Map<String, String> extra = Map.copyOf(headers.apply(baseUrl));
		// a derived client shares the connection pool; the interceptor only adds headers
		OkHttpClient client = extra.isEmpty() ? this.client : this.client.newBuilder().addInterceptor((chain) -> {
			Request.Builder request = chain.request().newBuilder();
			extra.forEach(request::header);
			return chain.proceed(request.build());
		}).build();
		return new StoreHttp(client, baseUrl, this.limiters.forHost(baseUrl.host(), endpoint.requestsPerMinute()),
				this.properties.http(), retrySignal, this.sleeper, this.clock);
	}

	public DelistProperties.StoreEndpoint endpoint(Store store) {
		return this.properties.store(store);
	}

}
