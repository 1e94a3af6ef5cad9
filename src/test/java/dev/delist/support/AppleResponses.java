package dev.delist.support;

import java.util.Arrays;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.WireMockServer;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/** iTunes Lookup answers shaped like Apple's, written for the tests. */
public final class AppleResponses {

	/** The test list's banned app (src/test/resources/jobs/lists/test-apps.yaml), as Apple would answer it. */
	public static final String BANNED_APP = app(111111111L, "com.example.banned", "Banned App", "Banned Dev",
			"Banned Ltd");

	/** The title of a clone of it by another developer, as a store search for its name finds it. */
	public static final String CLONE_TITLE = "Banned App HD";

	/** That clone ({@link WholeRun#clone}). */
	public static final String CLONE = app(333333333L, "com.clone.banned", CLONE_TITLE, "Clone Maker", "Clone Ltd");

	/** The shipped Apple canary's id (Facebook), which a job names as {@code stores.apple.canary}. */
	public static final String CANARY_ID = "284882215";

	private AppleResponses() {
	}

	/** Apple answering the canary in every storefront, ahead of the test's other lookup stubs. */
	public static void stubCanary(WireMockServer apple) {
		apple.stubFor(get(urlPathEqualTo("/lookup")).atPriority(1)
			.withQueryParam("id", equalTo(CANARY_ID))
			.willReturn(okJson(results(app(Long.parseLong(CANARY_ID), "com.facebook.Facebook", "Facebook",
					"Meta Platforms, Inc.", "Meta Platforms, Inc.")))));
	}

	public static String app(long trackId, String bundleId, String title, String artist, String seller) {
		return """
				{"wrapperType":"software","kind":"software","trackId":%d,"bundleId":"%s","trackName":"%s",
				 "artistId":9%d,"artistName":"%s","sellerName":"%s",
				 "trackViewUrl":"https://apps.apple.com/us/app/id%d","version":"1.2.3","price":0.00,"currency":"USD",
				 "releaseDate":"2020-01-01T08:00:00Z","currentVersionReleaseDate":"2026-10-01T08:00:00Z",
				 "genres":["Utilities","Productivity"]}"""
			.formatted(trackId, bundleId, json(title), trackId, json(artist), json(seller), trackId);
	}

	public static String results(String... apps) {
		return "{\"resultCount\":" + apps.length + ",\"results\":["
				+ Arrays.stream(apps).collect(Collectors.joining(",")) + "]}";
	}

	public static String none() {
		return results();
	}

	private static String json(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}

}
