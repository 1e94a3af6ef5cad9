package dev.delist.store;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every listing is cleaned where it is made, whatever the store: each text field with a NUL (and friends) in it
 * comes out without them and is named in {@link Listing#sanitized()}; the other fields stay as they were.
 */
class StoreTextTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Every text field of a listing, with how to read it back. */
	static Stream<Arguments> textFields() {
		return Stream.of(field("country", Listing::country), field("appId", Listing::appId),
				field("bundleId", Listing::bundleId), field("title", Listing::title),
				field("developerName", Listing::developerName), field("developerId", Listing::developerId),
				field("legalName", Listing::legalName), field("url", Listing::url),
				field("sellerUrl", Listing::sellerUrl), field("version", Listing::version),
				field("releaseDate", Listing::releaseDate), field("updatedDate", Listing::updatedDate),
				field("currency", Listing::currency),
				field("genres", (listing) -> String.join("|", listing.genres())));
	}

	private static Arguments field(String name, Function<Listing, String> getter) {
		return Arguments.of(name, getter);
	}

	@Test
	void shouldCoverEveryTextFieldOfAListing() {
		// a field added to Listing without a row above would go unchecked
		List<String> text = Arrays.stream(Listing.class.getRecordComponents())
			.filter((component) -> component.getType() == String.class || component.getName().equals("genres"))
			.map(RecordComponent::getName)
			.toList();
		assertThat(textFields().map((arguments) -> (String) arguments.get()[0])).containsExactlyElementsOf(text);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("textFields")
	void shouldCleanEachFieldAndNoteIt(String field, Function<Listing, String> getter) {
		// when: only this field carries a NUL, a bell, a C1 control and a line break
		Listing listing = listing(field, "x\u0000y\u0007\u0085 z\nw");

		// then
		assertThat(getter.apply(listing)).isEqualTo("xy z w");
		assertThat(listing.sanitized()).containsExactly(field);
		Listing clean = listing(null, null);
		for (Arguments other : textFields().toList()) {
			if (!other.get()[0].equals(field)) {
				@SuppressWarnings("unchecked")
				Function<Listing, String> otherGetter = (Function<Listing, String>) other.get()[1];
				assertThat(otherGetter.apply(listing)).as((String) other.get()[0]).isEqualTo(otherGetter.apply(clean));
			}
		}
	}

	static Stream<Arguments> dirtyText() {
		return Stream.of(Arguments.of("NUL removed", "x\u0000y", "xy"),
				Arguments.of("bell and escape removed", "a\u0007b\u001b[31mc", "ab[31mc"),
				Arguments.of("DEL and C1 removed", "a\u007fb\u009bc", "abc"),
				Arguments.of("line breaks become a space", "Tik\r\nTok", "Tik Tok"),
				Arguments.of("tab becomes a space", "Tik\tTok", "Tik Tok"),
				Arguments.of("leading and trailing breaks", "\nTikTok\n", "TikTok"),
				Arguments.of("unpaired surrogate", "a\uD800b", "a\uFFFDb"),
				Arguments.of("nothing but NULs", "\u0000\u0000", ""));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("dirtyText")
	void shouldCleanOneLineText(String kind, String dirty, String expected) {
		assertThat(StoreText.line(dirty)).isEqualTo(expected);
		assertThat(StoreText.isClean(dirty)).isFalse();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			plain ASCII    | WeChat
			CJK and emoji  | 微信 😀 支付
			bidi and RTL   | تطبيق
			spaces kept    | '  two  spaces  '
			""")
	void shouldLeaveCleanTextAloneAndTheSameObject(String kind, String text) {
		assertThat(StoreText.line(text)).isSameAs(text);
		assertThat(StoreText.isClean(text)).isTrue();
	}

	@Test
	void shouldKeepTabsAndLineBreaksInFreeText() {
		assertThat(StoreText.text("line one\n\tline two\u0000\r\n")).isEqualTo("line one\n\tline two\r\n");
		assertThat(StoreText.text(null)).isNull();
	}

	@Test
	void shouldCleanATargetResultsUrlAndDetail() {
		TargetResult result = TargetResult.failed("111", Outcome.ERROR, "http://x/lookup?id=1\u0000",
				"HTTP 400: Apple answered: bad\u0000 id\nsee docs");

		assertThat(result.url()).isEqualTo("http://x/lookup?id=1");
		assertThat(result.detail()).isEqualTo("HTTP 400: Apple answered: bad id\nsee docs");
		assertThat(result.value()).as("our own key, never changed").isEqualTo("111");
	}

	@Test
	void shouldKeepTheNoteThroughJsonAndLeaveItOutOfCleanListings() {
		Listing dirty = listing("developerName", "Bad\u0000Dev");
		Listing clean = listing(null, null);

		String json = JSON.writeValueAsString(dirty);
		assertThat(json).contains("\"sanitized\":[\"developerName\"]").doesNotContain("\\u0000");
		assertThat(JSON.readValue(json, Listing.class)).isEqualTo(dirty);
		// so a clean listing hashes as it did before listings had the note
		assertThat(JSON.writeValueAsString(clean)).doesNotContain("sanitized");
	}

	@Test
	void shouldCleanEveryFieldOfTheTraderAndNoteIt() {
		// every trader field; the record's components in order, so a field added later is covered too
		String[] fields = Arrays.stream(Listing.Trader.class.getRecordComponents())
			.map(RecordComponent::getName)
			.toArray(String[]::new);
		Listing listing = new Listing(Store.GALAXY_STORE, "us", "a.b", "a.b", "t", "d", "s", "l", null, null, null,
				null, null, null, null, List.of(), new Listing.Trader("Trade\u0000 Name", "Rep\u0007", "1 Main St,\nTown",
						"IN\u00851", "R\u001b1", "https://x.example\u0000"));

		assertThat(listing.trader()).isEqualTo(
				new Listing.Trader("Trade Name", "Rep", "1 Main St, Town", "IN1", "R1", "https://x.example"));
		assertThat(listing.sanitized()).containsExactly(
				Arrays.stream(fields).map((field) -> "trader." + field).toArray(String[]::new));
		assertThat(listing.title()).isEqualTo("t");
	}

	@Test
	void shouldMergeANoteAlreadyMadeWithNewFindings() {
		Listing reread = new Listing(Store.APPLE, "us", "1", "b", "t\u0000", "d", null, null, null, null, null, null,
				null, null, null, List.of(), null, List.of("developerName"));

		assertThat(reread.sanitized()).containsExactly("developerName", "title");
	}

	/** A complete listing whose {@code field} is {@code value}; null field: the clean listing. */
	private static Listing listing(String field, String value) {
		List<String> values = new ArrayList<>(List.of("us", "111111111", "com.example.app", "Example App",
				"Example Dev", "999", "Example Ltd", "https://apps.apple.com/us/app/id111111111", "https://example.com",
				"1.0", "2020-01-01", "2026-01-01", "USD", "Utilities"));
		List<String> names = textFields().map((arguments) -> (String) arguments.get()[0]).toList();
		if (field != null) {
			values.set(names.indexOf(field), value);
		}
		return new Listing(Store.APPLE, values.get(0), values.get(1), values.get(2), values.get(3), values.get(4),
				values.get(5), values.get(6), values.get(7), values.get(8), values.get(9), values.get(10),
				values.get(11), BigDecimal.ZERO, values.get(12), List.of(values.get(13)));
	}

}
