package dev.delist.store.galaxy;

import java.util.List;
import java.util.Locale;

import dev.delist.store.Outcome;
import dev.delist.store.TargetResult;
import dev.delist.store.http.HttpAnswer;

/**
 * Decides what one Galaxy Store answer means for its target. No I/O. The store answers its errors with HTTP 200
 * and a JSON error code: 9900 (not registered) is a result, 9901 (suspended or terminated) is the store having
 * taken the listing down, any other code is an error; a 200 that is not JSON is a block or login page.
 */
final class GalaxyAnswers {

	static final String NOT_REGISTERED = "9900";

	static final String SUSPENDED = "9901";

	/** Store-written text kept in a detail is cut here: it lands in reports and gate reasons. */
	private static final int MESSAGE_CHARS = 200;

	private final GalaxyDetailParser parser = new GalaxyDetailParser();

	/**
	 * @param packageName the package asked for
	 * @param country the two-letter storefront the listing is recorded under
	 * @param storefront the alpha-3 code that was asked for
	 */
	TargetResult classify(String packageName, String country, String storefront, HttpAnswer answer) {
		if (!answer.answered()) {
			// transport errors, retries exhausted, a redirect not followed, a body over the cap (never parsed)
			return TargetResult.failed(packageName, Outcome.ERROR, answer.url(), answer.failure());
		}
		if (answer.status() != 200) {
			return TargetResult.failed(packageName, Outcome.ERROR, answer.url(), "HTTP " + answer.status());
		}
		GalaxyAnswer read;
		try {
			read = this.parser.parse(answer.body(), answer.url());
		}
		catch (GalaxyShapeException ex) {
			return TargetResult.failed(packageName, Outcome.PARSE_FAILURE, answer.url(), ex.getMessage());
		}
		if (read instanceof GalaxyAnswer.NotJson notJson) {
			return TargetResult.failed(packageName, Outcome.BLOCKED, answer.url(),
					"HTTP 200 with a page instead of JSON (a block or login page?): " + quote(notJson.start()));
		}
		if (read instanceof GalaxyAnswer.StoreError error) {
			return storeError(packageName, storefront, answer.url(), error);
		}
		return detail(packageName, country, storefront, answer.url(), ((GalaxyAnswer.Detail) read).detail());
	}

	private static TargetResult storeError(String packageName, String storefront, String url,
			GalaxyAnswer.StoreError error) {
		String said = "errCode " + error.code() + ((error.message() != null) ? ": " + quote(error.message()) : "");
		return switch (error.code()) {
			case NOT_REGISTERED -> TargetResult.failed(packageName, Outcome.NOT_FOUND, url,
					"not registered in the " + storefront + " storefront (" + said + ")");
			case SUSPENDED -> TargetResult.failed(packageName, Outcome.REMOVED, url,
					"suspended or terminated by the store in the " + storefront + " storefront (" + said + ")");
			default -> TargetResult.failed(packageName, Outcome.ERROR, url, "the store answered " + said);
		};
	}

	private static TargetResult detail(String packageName, String country, String storefront, String url,
			GalaxyDetail detail) {
		// an answer about another app or storefront says nothing about the one asked for
		if (!detail.appId().equalsIgnoreCase(packageName)) {
			return TargetResult.failed(packageName, Outcome.ERROR, url,
					"the store answered about package " + quote(detail.appId()) + ", not the one asked for");
		}
		if (!detail.storefront().toUpperCase(Locale.ROOT).equals(storefront)) {
			return TargetResult.failed(packageName, Outcome.ERROR, url,
					"the store answered for storefront " + quote(detail.storefront()) + ", not " + storefront);
		}
		return TargetResult.fetched(packageName, url, List.of(detail.toListing(country)));
	}

	/** Store text for a message: control characters out, and cut, so a stranger's text cannot flood a report. */
	private static String quote(String text) {
		String clean = text.replaceAll("\\p{Cntrl}+", " ").strip();
		return "'" + ((clean.length() > MESSAGE_CHARS) ? clean.substring(0, MESSAGE_CHARS) + "…" : clean) + "'";
	}

}
