package dev.delist.support;

import java.util.Arrays;
import java.util.stream.Collectors;

/** iTunes Lookup answers shaped like Apple's, written for the tests. */
public final class AppleResponses {

	/** The test list's banned app (src/test/resources/jobs/lists/test-apps.yaml), as Apple would answer it. */
	public static final String BANNED_APP = app(111111111L, "com.example.banned", "Banned App", "Banned Dev",
			"Banned Ltd");

	/** A clone of it by another developer, as a store search for its name finds it. */
	public static final String CLONE = app(333333333L, "com.clone.banned", "Banned App HD", "Clone Maker", "Clone Ltd");

	private AppleResponses() {
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
