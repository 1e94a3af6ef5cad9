package dev.delist.store.galaxy;

import java.util.List;
import java.util.Map;

import okhttp3.HttpUrl;

import dev.delist.config.DelistProperties;
import dev.delist.list.IdentifierType;
import dev.delist.store.CountryCodes;
import dev.delist.store.LookupKey;
import dev.delist.store.LookupRequest;
import dev.delist.store.LookupResult;
import dev.delist.store.Outcome;
import dev.delist.store.Store;
import dev.delist.store.StoreClient;
import dev.delist.store.TargetResult;
import dev.delist.store.http.HttpAnswer;
import dev.delist.store.http.RetrySignal;
import dev.delist.store.http.StoreHttp;
import dev.delist.store.http.StoreHttpFactory;
import dev.delist.store.http.StoreRobots;

import org.springframework.stereotype.Component;

/**
 * The Galaxy Store's detail API, one package in one storefront per request. Everything that can be refused
 * without asking the store (a value that is not an Android package, a storefront without an alpha-3 code, a
 * lookup kind the store has no endpoint for, a path robots.txt disallows) is refused before any request.
 */
@Component
class GalaxyStoreClient implements StoreClient {

	private final StoreHttp http;

	private final StoreRobots robots;

	private final GalaxyAnswers answers = new GalaxyAnswers();

	GalaxyStoreClient(StoreHttpFactory factory, DelistProperties properties) {
		// without its own origin as Referer the store's API answers "Access denied"
		this.http = factory.create(Store.GALAXY_STORE, RetrySignal.NONE,
				(baseUrl) -> Map.of("Referer", origin(baseUrl), "Accept", "application/json"));
		this.robots = factory.endpoint(Store.GALAXY_STORE).respectRobots()
				? new StoreRobots(this.http, properties.http().userAgent(), Store.GALAXY_STORE) : null;
	}

	@Override
	public Store store() {
		return Store.GALAXY_STORE;
	}

	@Override
	public LookupResult lookup(LookupRequest request) {
		String packageName = request.values().get(0);
		String storefront = CountryCodes.alpha3(request.country());
		HttpUrl url = this.http.baseUrl()
			.newBuilder()
			.addPathSegments("api/detail")
			.addPathSegment(packageName)
			.addQueryParameter("cntyCd", (storefront != null) ? storefront : request.country())
			.build();
		String refusal = refusal(request, packageName, storefront);
		if (refusal != null) {
			return new LookupResult(List.of(TargetResult.failed(packageName, Outcome.ERROR, url.toString(), refusal)),
					0);
		}
		int requests = (this.robots != null) ? this.robots.load() : 0;
		String disallowed = (this.robots != null) ? this.robots.refusal(url.toString()) : null;
		if (disallowed != null) {
			return new LookupResult(
					List.of(TargetResult.failed(packageName, Outcome.ERROR, url.toString(), disallowed)), requests);
		}
		HttpAnswer answer = this.http.get(url);
		return new LookupResult(List.of(this.answers.classify(packageName, request.country(), storefront, answer)),
				requests + answer.attempts());
	}

	/** Why the target cannot be asked at all, or null. */
	private static String refusal(LookupRequest request, String packageName, String storefront) {
		if (request.key() != LookupKey.APP_ID && request.key() != LookupKey.BUNDLE_ID) {
			return "not requested: the Galaxy Store has no verified endpoint for " + request.key()
					+ " lookups (only packages are checked)";
		}
		if (!IdentifierType.PACKAGE.isValid(packageName)) {
			return "not requested: " + quote(packageName) + " is not a valid Android package name";
		}
		if (storefront == null) {
			return "not requested: " + Store.GALAXY_STORE.storefrontProblem(request.country());
		}
		return null;
	}

	/** {@code https://host/} (with the port when it is not the scheme's own), the store's own origin. */
	static String origin(HttpUrl baseUrl) {
		return baseUrl.newBuilder().encodedPath("/").query(null).fragment(null).build().toString();
	}

	private static String quote(String value) {
		String clean = value.replaceAll("\\p{Cntrl}+", " ");
		return "'" + ((clean.length() > 100) ? clean.substring(0, 100) + "…" : clean) + "'";
	}

}
