package dev.delist.store.apple;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import okhttp3.HttpUrl;

import dev.delist.store.Listing;
import dev.delist.store.LookupKey;
import dev.delist.store.LookupRequest;
import dev.delist.store.LookupResult;
import dev.delist.store.Outcome;
import dev.delist.store.Store;
import dev.delist.store.StoreClient;
import dev.delist.store.TargetResult;
import dev.delist.store.http.HttpAnswer;
import dev.delist.store.http.StoreHttp;
import dev.delist.store.http.StoreHttpFactory;

import org.springframework.stereotype.Component;

/**
 * Apple's iTunes Lookup API: one request answers a batch of comma-joined ids or bundle ids in one storefront;
 * each value asked for ends fetched or not found, or the whole batch shares the request's failure.
 */
@Component
class AppleStoreClient implements StoreClient {

	private final StoreHttp http;

	AppleStoreClient(StoreHttpFactory http) {
		// Apple answers a throttled client with 403 and an empty body
		this.http = http.create(Store.APPLE, (status, body) -> status == 403 && body.isBlank());
	}

	@Override
	public Store store() {
		return Store.APPLE;
	}

	@Override
	public boolean batchesLookups() {
		return true;
	}

	@Override
	public LookupResult lookup(LookupRequest request) {
		HttpUrl url = url(request);
		HttpAnswer answer = this.http.get(url);
		return new LookupResult(classify(request, answer), answer.attempts());
	}

	private HttpUrl url(LookupRequest request) {
		HttpUrl.Builder url = this.http.baseUrl().newBuilder();
		String values = String.join(",", request.values());
		switch (request.key()) {
			case APP_ID -> url.addPathSegment("lookup").addQueryParameter("id", values);
			case BUNDLE_ID -> url.addPathSegment("lookup").addQueryParameter("bundleId", values);
			// an artist id with entity=software answers the artist row followed by the developer's apps
			case DEVELOPER_ID -> url.addPathSegment("lookup").addQueryParameter("id", values).addQueryParameter("limit",
					"200");
			case SEARCH_TERM -> url.addPathSegment("search").addQueryParameter("term", values).addQueryParameter("limit",
					"200");
		}
		return url.addQueryParameter("country", request.country()).addQueryParameter("entity", "software").build();
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
		return switch (request.key()) {
			case APP_ID, BUNDLE_ID -> mapBack(request, response.apps(), answer.url());
			case DEVELOPER_ID -> catalog(request, response, answer.url());
			// an empty search is an answer: nothing by that name in this storefront
			case SEARCH_TERM -> List.of(TargetResult.fetched(request.values().get(0), answer.url(), response.apps()));
		};
	}

	private static List<TargetResult> catalog(LookupRequest request, AppleLookupResponse response, String url) {
		String artistId = request.values().get(0);
		if (response.artists().isEmpty() && response.apps().isEmpty()) {
			return List.of(TargetResult.failed(artistId, Outcome.NOT_FOUND, url,
					"no developer " + artistId + " in the " + request.country() + " storefront"));
		}
		return List.of(TargetResult.fetched(artistId, url, response.apps()));
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
			results.add((listing != null) ? TargetResult.fetched(value, url, List.of(listing))
					: TargetResult.failed(value, Outcome.NOT_FOUND, url, "not in the " + request.country() + " storefront"));
		}
		return results;
	}

	private static List<TargetResult> allFailed(LookupRequest request, Outcome outcome, String url, String detail) {
		return request.values().stream().map((value) -> TargetResult.failed(value, outcome, url, detail)).toList();
	}

}
