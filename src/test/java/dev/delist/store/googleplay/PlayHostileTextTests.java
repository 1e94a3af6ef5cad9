package dev.delist.store.googleplay;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.delist.store.Listing;
import dev.delist.store.TargetResult;
import dev.delist.store.http.HttpAnswer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every field of a Google Play page that delist stores, with a NUL and other control characters in it (as JSON
 * escapes in the page's payload, the way Play would send them): the listing made from it holds the text without
 * them and names the fields it cleaned.
 */
class PlayHostileTextTests {

	private static final String URL = "https://play.google.com/store/apps/details?id=org.example.routed";

	private final PlayAnswers answers = new PlayAnswers();

	static Stream<Arguments> detailsFields() {
		return Stream.of(field("\"Routed Example\"", "title", Listing::title),
				field("\"Example Dev\"", "developerName", Listing::developerName),
				field("1234567890", "developerId", Listing::developerId),
				field("\"Example Holdings Ltd\"", "legalName", Listing::legalName),
				field("\"https://dev.example.org\"", "sellerUrl", Listing::sellerUrl),
				field("\"2.0.1\"", "version", Listing::version),
				// a date that no longer reads as one is kept as the store's text, cleaned, rather than made ISO
				Arguments.of("\"Jan 2, 2021\"", "releaseDate", (Function<Listing, String>) Listing::releaseDate,
						"Jan 2, 2021"),
				field("\"EUR\"", "currency", Listing::currency),
				field("\"Tools\"", "genres", (listing) -> listing.genres().get(0)),
				field("org.example.routed", "appId bundleId url", Listing::appId));
	}

	/** A field that reads as it does on the clean page once cleaned. */
	private static Arguments field(String text, String listingFields, Function<Listing, String> get) {
		return Arguments.of(text, listingFields, get, null);
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("detailsFields")
	void shouldCleanEveryStoredFieldOfADetailsPage(String text, String listingFields, Function<Listing, String> get,
			String expected) {
		// given
		String page = OwnPages.read("details-routed.html");
		Listing clean = details(page);
		assertThat(page).contains(text);

		// when
		Listing listing = details(page.replace(text, dirty(text)));

		// then
		assertThat(get.apply(listing)).isEqualTo((expected != null) ? expected : get.apply(clean));
		assertThat(listing.sanitized()).containsExactly(listingFields.split(" "));
		assertThat(clean.sanitized()).isEmpty();
	}

	@Test
	void shouldCleanTheSummariesOfASearchPage() {
		String page = OwnPages.read("search.html").replace("\"Featured Panda\"", dirty("\"Featured Panda\""))
			.replace("\"A Dev\"", dirty("\"A Dev\""));

		List<Listing> results = this.answers.search(answer(page), "us");

		assertThat(results).extracting(Listing::title).startsWith("Featured Panda", "Alpha");
		assertThat(results.get(0).sanitized()).containsExactly("title");
		assertThat(results.get(1).developerName()).isEqualTo("A Dev");
		assertThat(results.get(1).sanitized()).containsExactly("developerName");
	}

	@Test
	void shouldCleanTheSummariesOfADeveloperPage() {
		String page = OwnPages.read("developer-numeric.html");
		List<Listing> clean = this.answers.developer("1234567890", answer(page), "us").listings();
		String title = "\"" + clean.get(0).title() + "\"";

		TargetResult result = this.answers.developer("1234567890", answer(page.replace(title, dirty(title))), "us");

		assertThat(result.listings().get(0).title()).isEqualTo(clean.get(0).title());
		assertThat(result.listings().get(0).sanitized()).containsExactly("title");
	}

	private Listing details(String page) {
		return this.answers.details(answer(page), "us");
	}

	private static HttpAnswer answer(String page) {
		return new HttpAnswer(URL, 200, page, null, 1, null);
	}

	/** The text with a NUL, an escape character and a C1 control after its third character, as JSON escapes. */
	private static String dirty(String text) {
		return text.substring(0, 3) + "\\u0000\\u001b\\u0085" + text.substring(3);
	}

}
