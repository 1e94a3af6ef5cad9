package dev.delist.store.apple;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

import dev.delist.config.DelistProperties;
import dev.delist.config.InputException;
import dev.delist.store.Listing;
import dev.delist.store.LookupKey;
import dev.delist.store.LookupRequest;
import dev.delist.store.LookupResult;
import dev.delist.store.Outcome;
import dev.delist.store.Store;
import dev.delist.store.StoreClient;
import dev.delist.store.TargetResult;
import dev.delist.store.http.HostRateLimiters;
import dev.delist.store.http.HttpAnswer;
import dev.delist.store.http.Sleeper;
import dev.delist.store.http.StoreHttp;

import org.springframework.stereotype.Component;

/**
 * Apple's iTunes Lookup API: one request answers a batch of comma-joined ids or bundle ids in one storefront;
 * each value asked for ends fetched or not found, or the whole batch shares the request's failure.
 */
@Component
class AppleStoreClient implements StoreClient {

	private final StoreHttp http;

	AppleStoreClient(OkHttpClient client, DelistProperties properties, HostRateLimiters limiters, Sleeper sleeper,
			Clock clock) {
		DelistProperties.StoreEndpoint endpoint = properties.store(Store.APPLE);
		HttpUrl baseUrl = HttpUrl.parse(endpoint.baseUrl());
		if (baseUrl == null) {
			throw new InputException("delist.stores.apple.base-url: '" + endpoint.baseUrl()
					+ "' is not an http(s) URL");
		}
		this.http = new StoreHttp(client, baseUrl, limiters.forHost(baseUrl.host(), endpoint.requestsPerMinute()),
				properties.http(), (status, body) -> status == 403 && body.isBlank(), sleeper, clock);
	}

	@Override
	public Store store() {
		return Store.APPLE;
	}

	@Override
	public LookupResult lookup(LookupRequest request) {
		HttpUrl url = this.http.baseUrl()
			.newBuilder()
			.addPathSegment("lookup")
			.addQueryParameter((request.key() == LookupKey.BUNDLE_ID) ? "bundleId" : "id",
					String.join(",", request.values()))
			.addQueryParameter("country", request.country())
			.addQueryParameter("entity", "software")
			.build();
		HttpAnswer answer = this.http.get(url);
		return new LookupResult(classify(request, answer), answer.attempts());
	}

	private List<TargetResult> classify(LookupRequest request, HttpAnswer answer) {
		if (!answer.answered()) {
			return allFailed(request, Outcome.ERROR, answer.url(), answer.failure());
		}
		AppleLookupResponse response;
		try {
			response = AppleLookupParser.parse(answer.body(), request.country());
		}
		catch (MalformedResponseException ex) {
			Outcome outcome = (answer.status() == 200) ? Outcome.PARSE_FAILURE : Outcome.ERROR;
			return allFailed(request, outcome, answer.url(), "HTTP " + answer.status() + ": " + ex.getMessage());
		}
		if (response.errorMessage() != null) {
			return allFailed(request, Outcome.ERROR, answer.url(),
					"HTTP " + answer.status() + ": Apple answered: " + response.errorMessage());
		}
		if (answer.status() != 200) {
			return allFailed(request, Outcome.ERROR, answer.url(), "HTTP " + answer.status());
		}
		return mapBack(request, response.apps(), answer.url());
	}

	/** Apple answers in its own order and omits what it lacks: match each result to the value that asked. */
	private static List<TargetResult> mapBack(LookupRequest request, List<Listing> apps, String url) {
		Map<String, Listing> byKey = new HashMap<>();
		for (Listing app : apps) {
			String key = (request.key() == LookupKey.BUNDLE_ID) ? app.bundleId() : app.appId();
			if (key != null) {
				byKey.putIfAbsent(key.toLowerCase(Locale.ROOT), app);
			}
		}
		List<TargetResult> results = new ArrayList<>();
		for (String value : request.values()) {
			Listing listing = byKey.get(value.toLowerCase(Locale.ROOT));
			results.add((listing != null) ? TargetResult.fetched(value, url, listing)
					: TargetResult.failed(value, Outcome.NOT_FOUND, url, "not in the " + request.country() + " storefront"));
		}
		return results;
	}

	private static List<TargetResult> allFailed(LookupRequest request, Outcome outcome, String url, String detail) {
		return request.values().stream().map((value) -> TargetResult.failed(value, outcome, url, detail)).toList();
	}

}
