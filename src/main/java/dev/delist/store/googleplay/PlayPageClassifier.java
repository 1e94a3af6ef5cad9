package dev.delist.store.googleplay;

import java.util.Locale;

/**
 * Tells block pages from store pages by plain substring checks, so a 1 MB body is never parsed into a DOM just to
 * find out it was a captcha.
 */
public final class PlayPageClassifier {

	private static final String GATEWAY_ERROR = "PlayGatewayError";

	// Every real store page carries its data in these callbacks; words in an app's description cannot fake one.
	private static final String STORE_DATA = "AF_initDataCallback(";

	private static final String[] CAPTCHA_MARKERS = { "/sorry/index", "g-recaptcha", "www.google.com/recaptcha",
			"unusual traffic" };

	private static final String[] CONSENT_MARKERS = { "consent.google.com", "consent.youtube.com" };

	private static final int LOWER_CASE_LIMIT = 512 * 1024;

	private static final String NOT_FOUND_SECTION = "id=\"error-section\"";

	private static final String NOT_FOUND_WORDS = "the requested url was not found on this server";

	private PlayPageClassifier() {
	}

	/**
	 * Whether a 404's body is Google's own not-found page (its error section and wording), the only 404 that
	 * says a listing is not in the store; any other server's 404 says nothing about Google Play.
	 */
	public static boolean isNotFoundPage(String body) {
		if (body == null || body.length() > LOWER_CASE_LIMIT) {
			return false;
		}
		String text = body.toLowerCase(Locale.ROOT);
		return text.contains(NOT_FOUND_SECTION) && text.contains(NOT_FOUND_WORDS);
	}

	public static PlayPageKind classify(String body) {
		if (body == null || body.isEmpty()) {
			return PlayPageKind.NORMAL;
		}
		if (body.contains(GATEWAY_ERROR)) {
			return PlayPageKind.GATEWAY_ERROR;
		}
		// Block pages are small and have no store data; checking for the data first keeps a listing whose text
		// mentions "unusual traffic" from being taken for a captcha.
		if (body.contains(STORE_DATA)) {
			return PlayPageKind.NORMAL;
		}
		// Block pages are small; a lower-cased copy makes the markers case-insensitive at little cost.
		String text = (body.length() <= LOWER_CASE_LIMIT) ? body.toLowerCase(Locale.ROOT) : body;
		if (containsAny(text, CAPTCHA_MARKERS)) {
			return PlayPageKind.CAPTCHA;
		}
		if (containsAny(text, CONSENT_MARKERS)) {
			return PlayPageKind.CONSENT;
		}
		return PlayPageKind.NORMAL;
	}

	private static boolean containsAny(String text, String[] markers) {
		for (String marker : markers) {
			if (text.contains(marker)) {
				return true;
			}
		}
		return false;
	}

}
