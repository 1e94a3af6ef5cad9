package dev.delist.store.googleplay;

import java.util.List;

import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.delist.config.DelistProperties;
import dev.delist.store.LookupRequest;
import dev.delist.store.LookupResult;
import dev.delist.store.Outcome;
import dev.delist.store.Store;
import dev.delist.store.StoreClient;
import dev.delist.store.TargetResult;
import dev.delist.store.http.HttpAnswer;
import dev.delist.store.http.StoreHttp;
import dev.delist.store.http.StoreHttpFactory;
import dev.delist.store.http.StoreRobots;

import org.springframework.stereotype.Component;

/**
 * Google Play's public pages, one per target: app details, developer pages and search. Every answer is
 * classified before it is parsed: a captcha or consent page is BLOCKED, never an empty listing; a page the
 * parser cannot read is a parse failure naming the URL and the missing field.
 */
@Component
class GooglePlayStoreClient implements StoreClient {

	private static final Logger log = LoggerFactory.getLogger(GooglePlayStoreClient.class);

	private final StoreHttp http;

	private final StoreRobots robots;

	private final PlayAnswers answers = new PlayAnswers();

	GooglePlayStoreClient(StoreHttpFactory factory, DelistProperties properties) {
		// a 200 page carrying PlayGatewayError is a transient backend error: retried like a 503
		this.http = factory.create(Store.GOOGLE_PLAY,
				(status, body) -> PlayPageClassifier.classify(body) == PlayPageKind.GATEWAY_ERROR);
		this.robots = factory.endpoint(Store.GOOGLE_PLAY).respectRobots()
				? new StoreRobots(this.http, properties.http().userAgent(), Store.GOOGLE_PLAY) : null;
	}

	@Override
	public Store store() {
		return Store.GOOGLE_PLAY;
	}

	@Override
	public LookupResult lookup(LookupRequest request) {
		String value = request.values().get(0);
		HttpUrl url = url(request, value);
		int requests = (this.robots != null) ? this.robots.load() : 0;
		String refusal = (this.robots != null) ? this.robots.refusal(url.toString()) : null;
		if (refusal != null) {
			return new LookupResult(List.of(TargetResult.failed(value, Outcome.ERROR, url.toString(), refusal)),
					requests);
		}
		HttpAnswer answer = this.http.get(url);
		return new LookupResult(List.of(classify(request, value, answer)), requests + answer.attempts());
	}

	private HttpUrl url(LookupRequest request, String value) {
		HttpUrl.Builder url = this.http.baseUrl().newBuilder();
		switch (request.key()) {
			case APP_ID, BUNDLE_ID -> url.encodedPath("/store/apps/details").addQueryParameter("id", value);
			case DEVELOPER_ID -> url.encodedPath(isNumeric(value) ? "/store/apps/dev" : "/store/apps/developer")
				.addQueryParameter("id", value);
			case SEARCH_TERM -> url.encodedPath("/store/search").addQueryParameter("c", "apps").addQueryParameter("q",
					value);
		}
		return url.addQueryParameter("hl", "en").addQueryParameter("gl", request.country()).build();
	}

	private TargetResult classify(LookupRequest request, String value, HttpAnswer answer) {
		TargetResult failure = this.answers.failure(value, answer);
		if (failure != null) {
			return failure;
		}
		try {
			return switch (request.key()) {
				case APP_ID, BUNDLE_ID -> TargetResult.fetched(value, answer.url(),
						List.of(this.answers.details(answer, request.country())));
				case DEVELOPER_ID -> this.answers.developer(value, answer, request.country());
				case SEARCH_TERM -> TargetResult.fetched(value, answer.url(),
						this.answers.search(answer, request.country()));
			};
		}
		catch (PlayLayoutDriftException ex) {
			log.warn("Google Play layout drift: {}", ex.getMessage());
			return TargetResult.failed(value, Outcome.PARSE_FAILURE, answer.url(), ex.getMessage());
		}
	}

	private static boolean isNumeric(String value) {
		// numeric ids lead to /dev, names to /developer: two different pages
		return !value.isEmpty() && value.chars().allMatch(Character::isDigit);
	}

}
