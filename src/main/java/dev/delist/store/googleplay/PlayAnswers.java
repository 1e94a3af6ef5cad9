package dev.delist.store.googleplay;

import java.util.List;
import java.util.Locale;

import okhttp3.HttpUrl;

import dev.delist.store.Listing;
import dev.delist.store.Outcome;
import dev.delist.store.Store;
import dev.delist.store.TargetResult;
import dev.delist.store.http.HttpAnswer;

/** Classifies Google Play's answers and turns readable pages into listings. No I/O. */
final class PlayAnswers {

	private final PlayDetailsParser details = new PlayDetailsParser();

	private final PlayDeveloperPageParser developers = new PlayDeveloperPageParser();

	private final PlaySearchPageParser searches = new PlaySearchPageParser();

	/** The target's result when the answer is not a readable page, or null when it is. */
	TargetResult failure(String value, HttpAnswer answer) {
		if (answer.redirect() != null && isBlockPage(answer.redirect())) {
			return TargetResult.failed(value, Outcome.BLOCKED, answer.url(),
					"redirected to a consent or captcha page: " + answer.redirect());
		}
		if (!answer.answered()) {
			return TargetResult.failed(value, Outcome.ERROR, answer.url(), answer.failure());
		}
		if (answer.status() == 404) {
			if (PlayPageClassifier.isNotFoundPage(answer.body())) {
				// removed, or not offered in that country
				return TargetResult.failed(value, Outcome.NOT_FOUND, answer.url(),
						"HTTP 404: not in this country's store");
			}
			// a proxy, a CDN or a server that is not Google Play: "not found" from it proves nothing
			return TargetResult.failed(value, Outcome.ERROR, answer.url(),
					"HTTP 404 whose body is not Google Play's not-found page (is the base URL Google Play?)");
		}
		PlayPageKind kind = PlayPageClassifier.classify(answer.body());
		if (kind == PlayPageKind.CAPTCHA || kind == PlayPageKind.CONSENT) {
			return TargetResult.failed(value, Outcome.BLOCKED, answer.url(),
					"HTTP " + answer.status() + ": a " + kind.name().toLowerCase(Locale.ROOT) + " page instead of content");
		}
		if (answer.status() != 200) {
			return TargetResult.failed(value, Outcome.ERROR, answer.url(), "HTTP " + answer.status());
		}
		return null;
	}

	Listing details(HttpAnswer answer, String country) {
		return this.details.parse(answer.body(), answer.url()).toListing(country);
	}

	/**
	 * A developer page's apps, as summaries that carry the developer id they were listed under. The page shows
	 * the first apps only; its continuation token (for batchexecute {@code qnKhOb}) is recorded, not followed.
	 */
	TargetResult developer(String developerId, HttpAnswer answer, String country) {
		PlayDeveloperPage page = this.developers.parse(answer.body(), answer.url());
		List<Listing> apps = page.apps().stream().map((app) -> summary(app, developerId, country)).toList();
		String more = (page.continuationToken() != null)
				? "more apps behind continuation token " + page.continuationToken() + " (not followed)" : null;
		return new TargetResult(developerId, Outcome.FETCHED, answer.url(), more, apps);
	}

	List<Listing> search(HttpAnswer answer, String country) {
		return this.searches.parse(answer.body(), answer.url())
			.results()
			.stream()
			.map((app) -> summary(app, null, country))
			.toList();
	}

	private static Listing summary(PlayAppSummary app, String developerId, String country) {
		return new Listing(Store.GOOGLE_PLAY, country, app.appId(), app.appId(), app.title(), app.developerName(),
				developerId, null, "https://play.google.com/store/apps/details?id=" + app.appId(), null, null, null, null,
				null, null, List.of());
	}

	private static boolean isBlockPage(String location) {
		HttpUrl url = HttpUrl.parse(location);
		String host = (url != null) ? url.host() : "";
		return host.startsWith("consent.") || location.contains("/sorry/") || location.contains("recaptcha");
	}

}
