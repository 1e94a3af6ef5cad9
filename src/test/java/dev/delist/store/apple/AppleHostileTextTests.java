package dev.delist.store.apple;

import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.delist.store.Listing;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every field of an iTunes answer that delist stores, with a NUL and other control characters in it: the listing
 * made from it holds the text without them and names the field it cleaned.
 */
class AppleHostileTextTests {

	/** A full iTunes result; {@code %s} marks where a case puts its dirty text. */
	private static final String RESULT = """
			{"wrapperType":"software","trackId":"%s","bundleId":"%s","trackName":"%s","artistId":"%s",
			 "artistName":"%s","sellerName":"%s","trackViewUrl":"%s","sellerUrl":"%s","version":"%s",
			 "releaseDate":"%s","currentVersionReleaseDate":"%s","price":0.99,"currency":"%s","genres":["%s","Games"]}""";

	private static final String[] CLEAN = { "414478124", "com.tencent.xin", "WeChat", "614694882", "WeChat Dev",
			"Tencent", "https://apps.apple.com/cn/app/id414478124", "https://weixin.qq.com", "8.0.2",
			"2011-01-21T01:32:15Z", "2021-02-02T08:15:22Z", "CNY", "Social" };

	static Stream<Arguments> storedFields() {
		return Stream.of(field(0, "trackId", "appId", Listing::appId), field(1, "bundleId", "bundleId", Listing::bundleId),
				field(2, "trackName", "title", Listing::title), field(3, "artistId", "developerId", Listing::developerId),
				field(4, "artistName", "developerName", Listing::developerName),
				field(5, "sellerName", "legalName", Listing::legalName), field(6, "trackViewUrl", "url", Listing::url),
				field(7, "sellerUrl", "sellerUrl", Listing::sellerUrl), field(8, "version", "version", Listing::version),
				field(9, "releaseDate", "releaseDate", Listing::releaseDate),
				field(10, "currentVersionReleaseDate", "updatedDate", Listing::updatedDate),
				field(11, "currency", "currency", Listing::currency),
				field(12, "genres", "genres", (listing) -> listing.genres().get(0)));
	}

	private static Arguments field(int index, String appleField, String listingField, Function<Listing, String> get) {
		return Arguments.of(appleField, index, listingField, get);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("storedFields")
	void shouldCleanEveryStoredField(String appleField, int index, String listingField,
			Function<Listing, String> get) throws Exception {
		// given: JSON escapes for NUL, an escape character and a C1 control, and a raw line break escape
		Object[] values = CLEAN.clone();
		String clean = CLEAN[index];
		values[index] = clean.substring(0, 2) + "\\u0000\\u001b\\u0085" + clean.substring(2);

		// when
		AppleLookupResponse response = AppleLookupParser.parse(
				"{\"resultCount\":1,\"results\":[" + RESULT.formatted(values) + "]}", "cn");

		// then
		Listing listing = response.apps().get(0);
		assertThat(get.apply(listing)).isEqualTo(clean);
		assertThat(listing.sanitized()).containsExactly(listingField);
	}

	@Test
	void shouldLeaveACleanAnswerUnnoted() throws Exception {
		AppleLookupResponse response = AppleLookupParser.parse(
				"{\"resultCount\":1,\"results\":[" + RESULT.formatted((Object[]) CLEAN) + "]}", "cn");

		assertThat(response.apps().get(0).sanitized()).isEmpty();
		assertThat(response.apps().get(0).title()).isEqualTo("WeChat");
	}

}
