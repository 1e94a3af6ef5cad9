package dev.delist.store.galaxy;

import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.delist.store.Listing;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every field of a Galaxy Store detail answer that delist stores, its trader block included, with a NUL and
 * other control characters in it (as JSON escapes): the listing made from it holds the text without them and
 * names the fields it cleaned.
 */
class GalaxyHostileTextTests {

	private static final String URL = "https://galaxystore.samsung.com/api/detail?appId=org.example.galaxy";

	static Stream<Arguments> storedFields() {
		return Stream.of(field("\"org.example.galaxy\"", "appId bundleId url", Listing::appId),
				field("\"Example <b>Galaxy</b> App\"", "title", Listing::title),
				field("\"sellerName\": \"Example Dev\"", "developerName", Listing::developerName),
				field("\"abcd1234ef\"", "developerId", Listing::developerId),
				field("\"3.1.4\"", "version", Listing::version),
				field("\"Tools\"", "genres", (listing) -> listing.genres().get(0)),
				field("\"https://dev.example.org\"", "sellerUrl trader.site", Listing::sellerUrl),
				field("\"firstName\": \"Example\"", "legalName trader.tradeName", Listing::legalName),
				field("\"A. Person\"", "trader.representative", (listing) -> listing.trader().representative()),
				field("\"1 Main Street\"", "trader.address", (listing) -> listing.trader().address()),
				field("\"IN1234567\"", "trader.sellerNumber", (listing) -> listing.trader().sellerNumber()),
				// a date that no longer reads as one is kept as the store's text, cleaned, rather than made ISO
				Arguments.of("\"2026.10.02.\"", "updatedDate", (Function<Listing, String>) Listing::updatedDate,
						"2026.10.02."));
	}

	private static Arguments field(String text, String listingFields, Function<Listing, String> get) {
		return Arguments.of(text, listingFields, get, null);
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("storedFields")
	void shouldCleanEveryStoredField(String text, String listingFields, Function<Listing, String> get,
			String expected) throws Exception {
		// given
		String answer = GalaxyPages.own("detail.json");
		assertThat(answer).contains(text);
		Listing clean = listing(answer);

		// when: a NUL, an escape character and a C1 control just inside the value's quotes
		int value = text.lastIndexOf('"', text.length() - 2) + 1;
		Listing listing = listing(answer.replace(text,
				text.substring(0, value + 1) + "\\u0000\\u001b\\u0085" + text.substring(value + 1)));

		// then
		assertThat(get.apply(listing)).isEqualTo((expected != null) ? expected : get.apply(clean));
		assertThat(listing.sanitized()).containsExactly(listingFields.split(" "));
		assertThat(clean.sanitized()).isEmpty();
	}

	private static Listing listing(String answer) throws Exception {
		GalaxyAnswer parsed = new GalaxyDetailParser().parse(answer, URL);
		assertThat(parsed).isInstanceOf(GalaxyAnswer.Detail.class);
		return ((GalaxyAnswer.Detail) parsed).detail().toListing("us");
	}

}
