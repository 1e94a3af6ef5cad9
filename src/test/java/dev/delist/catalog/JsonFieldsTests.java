package dev.delist.catalog;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import dev.delist.bench.CatalogGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The byte-level reader of JSON lines gives, for every line it accepts, exactly the record Jackson's path
 * (JsonLine) gives, and accepts the lines catalogs are made of, so the fast path is the one a real import takes.
 */
class JsonFieldsTests {

	@TempDir
	Path dir;

	@Test
	void shouldReadEveryLineOfAGeneratedCatalogAsJacksonDoes() throws Exception {
		Path catalog = this.dir.resolve("c.jsonl");
		CatalogGenerator.write(catalog, 20_000);

		int read = 0;
		for (String line : Files.readAllLines(catalog)) {
			assertThat(fast(line)).as(line).isTrue();
			assertSameAsJackson(line);
			read++;
		}
		assertThat(read).isEqualTo(20_000);
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"store\":\"apple\",\"country\":\"us\",\"appId\":414478124,\"title\":\"x\"}",
			"  { \"store\" : \"google-play\" ,\t\"country\":\"gb\", \"appId\":\"a.b\" }  ",
			"{\"store\":\"apple\",\"title\":\"Caf\u00e9 \u5fae\u4fe1 \ud83d\ude00\",\"url\":null}",
			"{\"title\":\"q\\\"uote \\\\ back\\/slash \\u00e9\\ud83d\\ude00 \\t\\n\\r\\b\\f\"}",
			"{\"store\":\"apple\",\"store\":\"google-play\"}", "{}",
			"{\"rating\":5,\"beta\":true,\"legacy\":false,\"note\":\"hi\",\"gone\":null,\"store\":\"apple\"}",
			"{\"title\":\"t\\u0000x\"}", "{\"appId\":0}",
			"{\"store\":\"google-play\",\"country\":\"us\",\"appId\":\"a.b\",\"bundleId\":\"\",\"title\":\"del\u007fete\","
					+ "\"developerName\":\"\",\"developerId\":\"\",\"legalName\":\"\",\"url\":\"\"}" })
	void shouldReadTheUsualShapesOfALineAsJacksonDoes(String line) {
		assertThat(fast(line)).isTrue();
		assertSameAsJackson(line);
	}

	@ParameterizedTest
	@ValueSource(strings = { "[1]", "{\"title\":[\"x\"]}", "{\"a\":{\"b\":1}}", "{\"appId\":-5}", "{\"appId\":1.5}",
			"{\"appId\":1e3}", "{\"appId\":012}", "{\"store\":\"apple\"} {}", "{\"store\":\"apple\",}",
			"{\"store\":\"ap\tple\"}", "{\"st\\u006fre\":\"apple\"}", "{\"title\":\"x\\q\"}", "{\"title\":\"x\\u12\"}",
			"{\"title\":true}", "{\"title\":\"unclosed}", "{\"store\":\"apple\"", "{'store':'apple'}", "",
			"{\"title\":nul}" })
	void shouldLeaveAnythingUnusualToJackson(String line) {
		assertThat(fast(line)).isFalse();
	}

	@Test
	void shouldLeaveBytesThatAreNotUtf8ToTheDecoderOfTheWholeLine() {
		byte[] line = "{\"title\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
		String[] values = new String[ListingValidator.FIELDS.size()];

		assertThat(JsonFields.read(line, 0, line.length, values)).isFalse();
	}

	/** Random edits of good lines: whatever the fast path still accepts, it must read as Jackson does. */
	@Test
	void shouldAgreeWithJacksonOnRandomlySpoiledLines() {
		String[] good = { "{\"store\":\"google-play\",\"country\":\"us\",\"appId\":\"com.a.b\",\"bundleId\":\"\","
				+ "\"title\":\"A \\\"B\\\" \u00e9\",\"developerName\":\"D\",\"developerId\":\"1\",\"legalName\":\"L\","
				+ "\"url\":\"https://x.example/a\"}",
				"{\"store\":\"apple\",\"country\":\"gb\",\"appId\":333206289,\"title\":\"t\",\"extra\":\"v\",\"n\":null}" };
		String alphabet = "{}[]\":,\\ \tnulltrue0123456789.-eEabc\u00e9";
		SplittableRandom random = new SplittableRandom(17);
		int accepted = 0;
		for (int i = 0; i < 30_000; i++) {
			StringBuilder line = new StringBuilder(good[i % good.length]);
			for (int edit = 0; edit <= random.nextInt(3); edit++) {
				int at = random.nextInt(line.length());
				char c = alphabet.charAt(random.nextInt(alphabet.length()));
				switch (random.nextInt(3)) {
					case 0 -> line.insert(at, c);
					case 1 -> line.deleteCharAt(at);
					default -> line.setCharAt(at, c);
				}
			}
			if (fast(line.toString())) {
				accepted++;
				assertSameAsJackson(line.toString());
			}
		}
		assertThat(accepted).as("spoiled lines the fast path still read").isGreaterThan(1000);
	}

	private static boolean fast(String line) {
		byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
		return JsonFields.read(bytes, 0, bytes.length, new String[ListingValidator.FIELDS.size()]);
	}

	private static void assertSameAsJackson(String line) {
		byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
		String[] values = new String[ListingValidator.FIELDS.size()];
		int plain = JsonFields.readFields(bytes, 0, bytes.length, values);
		assertThat(plain).isNotNegative();
		// with the values it knows to be plain left unchecked but for their length, as the reader validates them
		assertThat(ListingValidator.validate(7, values, plain)).as(line).isEqualTo(JsonLine.parse(7, line));
	}

	@Test
	void shouldCheckCountriesTrackIdsAndPackagesAsTheirPatternsSay() {
		List<String> samples = new ArrayList<>(List.of("us", "US", "u", "usa", "", "u1", "é", "0", "1", "01",
				"1234567890123456789", "12345678901234567890", "9a", "a.b", "a.", ".a", "a..b", "a1.b_2", "1a.b", "a.1b",
				"com.tencent.mm", "a", "a.b.c", "a-b.c", "A.B", "a.b\u00e9", "_a.b", "a._b"));
		SplittableRandom random = new SplittableRandom(5);
		String alphabet = "az09AZ._-é1";
		for (int i = 0; i < 20_000; i++) {
			StringBuilder s = new StringBuilder();
			for (int k = random.nextInt(6); k > 0; k--) {
				s.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			samples.add(s.toString());
		}
		for (String s : samples) {
			assertThat(ListingValidator.isCountryCode(s)).as(s).isEqualTo(s.matches("[a-z]{2}"));
			assertThat(ListingValidator.isTrackId(s)).as(s).isEqualTo(s.matches("[1-9][0-9]{0,18}"));
			assertThat(ListingValidator.isPackage(s)).as(s)
				.isEqualTo(s.matches("[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)+"));
		}
	}

}
