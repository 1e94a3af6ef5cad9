package dev.delist.catalog;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.delist.config.InputException;
import dev.delist.store.Listing;
import dev.delist.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The catalog file contract: JSON Lines and CSV, and a precise FILE:LINE: field: problem for every bad line. */
class CatalogReaderTests {

	private static final String HEADER = "store,country,appId,bundleId,title,developerName,developerId,legalName,url";

	private static final String GOOD_JSON = """
			{"store":"google-play","country":"us","appId":"com.tencent.mm","bundleId":"","title":"WeChat","developerName":"Tencent","developerId":"","legalName":"","url":""}""";

	@TempDir
	Path dir;

	@Test
	void shouldReadJsonLinesWithNumericAppleIdsUnicodeAndUnknownFields() throws Exception {
		List<CatalogRow> rows = read("c.jsonl", GOOD_JSON, "", """
				{"store":"apple","country":"cn","appId":414478124,"bundleId":"com.tencent.xin","title":"微信 \\"WeChat\\"","developerName":"WeChat","developerId":"614694882","legalName":"Tencent","url":"https://apps.apple.com/cn/app/id414478124","rating":4.5,"extra":{"a":[1]}}""");

		assertThat(rows).hasSize(2);
		Listing play = ((CatalogRow.Valid) rows.get(0)).listing();
		assertThat(play.store()).isEqualTo(Store.GOOGLE_PLAY);
		assertThat(play.bundleId()).isEqualTo("com.tencent.mm"); // the package name again, as stores give it
		assertThat(play.developerId()).isNull();
		CatalogRow.Valid apple = (CatalogRow.Valid) rows.get(1);
		assertThat(apple.line()).isEqualTo(3);
		assertThat(apple.listing().appId()).isEqualTo("414478124");
		assertThat(apple.listing().title()).isEqualTo("微信 \"WeChat\"");
	}

	@Test
	void shouldReadCsvWithQuotingCommasLineBreaksUnicodeAndAnyColumnOrder() throws Exception {
		List<CatalogRow> rows = read("c.csv", "\uFEFFurl,title,store,country,appId,bundleId,developerName,developerId,legalName",
				",\"Alipay, \"\"Pay\"\"\",google-play,cn,com.eg.android.AlipayGphone,,Ant,,",
				"https://x.example/a,\"two",
				"lines 支付宝\",apple,us,333206289,com.alipay.iphoneclient,Ant,,");

		assertThat(rows).hasSize(2);
		assertThat(((CatalogRow.Valid) rows.get(0)).listing().title()).isEqualTo("Alipay, \"Pay\"");
		CatalogRow.Valid second = (CatalogRow.Valid) rows.get(1);
		assertThat(second.line()).isEqualTo(3);
		// a title is one line: the quoted line break is kept as a space, and noted
		assertThat(second.listing().title()).isEqualTo("two lines 支付宝");
		assertThat(second.listing().sanitized()).containsExactly("title");
		assertThat(second.listing().url()).isEqualTo("https://x.example/a");
	}

	@Test
	void shouldDetectTheFormatByTheFirstCharacterWithoutAKnownExtension() throws Exception {
		assertThat(read("catalog.txt", GOOD_JSON)).singleElement().isInstanceOf(CatalogRow.Valid.class);
		assertThat(read("catalog.dat", HEADER, "google-play,us,com.tencent.mm,,,,,,")).singleElement()
			.isInstanceOf(CatalogRow.Valid.class);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '`', value = {
			"{\"store\":\"amazon\",\"country\":\"us\"}|store: 'amazon' is not a store (apple, google-play, galaxy-store)",
			"{\"country\":\"us\"}|store: missing (a catalog line has all of: store, country, appId, bundleId, title, developerName, developerId, legalName, url)",
			"{\"store\":\"apple\",\"country\":\"US\"}|country: 'US' is not a two-letter lower-case country code",
			"{\"store\":\"apple\",\"country\":\"us\",\"appId\":\"com.x.y\"}|appId: 'com.x.y' is not an App Store id (the numeric trackId)",
			"{\"store\":\"google-play\",\"country\":\"us\",\"appId\":\"414478124\"}|appId: '414478124' is not an Android package name",
			"{\"store\":\"galaxy-store\",\"country\":\"in\",\"appId\":\"../x\"}|appId: '../x' is not an Android package name",
			"{\"store\":\"google-play\",\"country\":\"us\",\"appId\":\"\"}|appId: empty",
			"{\"store\":\"google-play\",\"country\":\"us\",\"appId\":\"a.b\",\"bundleId\":\"\"}|title: missing (a catalog line has all of: store, country, appId, bundleId, title, developerName, developerId, legalName, url)",
			"{\"store\":\"google-play\",\"country\":\"us\",\"appId\":\"a.b\",\"bundleId\":\"\",\"title\":[\"x\"]}|title: must be a string, not an array",
			"{\"store\":\"google-play\",\"country\":\"us\",\"appId\":\"a.b\",\"bundleId\":\"\",\"title\":\"t\\u0000x\",\"developerName\":\"\",\"developerId\":\"\",\"legalName\":\"\",\"url\":\"\"}|title: contains a NUL character at position 2",
			"{\"store\":\"google-play\",\"country\":\"us\",\"appId\":\"a.b\",\"bundleId\":\"\",\"title\":\"\",\"developerName\":\"\",\"developerId\":\"\",\"legalName\":\"\",\"url\":\"javascript:alert(1)\"}|url: 'javascript:alert(1)' is not an http(s) URL",
			"[1,2]|line: not a JSON object",
			"{\"store\":\"apple\"} {}|line: more after the JSON object (one object per line)",
	})
	void shouldNameTheLineTheFieldAndTheProblemOfEveryBadJsonLine(String line, String expected) throws Exception {
		List<CatalogRow> rows = read("c.jsonl", GOOD_JSON, line);

		assertThat(rows.get(1)).isInstanceOfSatisfying(CatalogRow.Bad.class,
				(bad) -> assertThat(bad.message("c.jsonl")).isEqualTo("c.jsonl:2: " + expected));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '`', value = {
			"google-play,us,com.tencent.mm,,,,,|line: has 8 fields, the header has 9",
			"google-play,us,com.\"tencent\".mm,,,,,,|line: field 3: a quote inside an unquoted field (quote the field and double the quote)",
			"google-play,us,\"com.tencent.mm\"x,,,,,,|line: field 3: text after the closing quote",
			"apple,gb,0123,,,,,,|appId: '0123' is not an App Store id (the numeric trackId)",
			"google-play,us,com.tencent.mm,,,,,,|appId: google-play us com.tencent.mm is already on line 2",
	})
	void shouldNameTheLineTheFieldAndTheProblemOfEveryBadCsvLine(String line, String expected) throws Exception {
		List<CatalogRow> rows = read("c.csv", HEADER, "google-play,us,com.tencent.mm,,,,,,", line);

		assertThat(rows.get(1)).isInstanceOfSatisfying(CatalogRow.Bad.class,
				(bad) -> assertThat(bad.message("c.csv")).isEqualTo("c.csv:3: " + expected));
	}

	/** Every field of both formats, with a NUL or another control character in it: a bad line naming the field. */
	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "store,0", "country,1", "appId,2", "bundleId,3", "title,4", "developerName,5", "developerId,6",
			"legalName,7", "url,8" })
	void shouldRefuseNulAndControlCharactersInEveryFieldOfJsonAndCsv(String field, int index) throws Exception {
		String[] good = { "google-play", "us", "com.example.app", "com.example.app", "Title", "Dev", "42", "Ltd",
				"https://x.example/a" };
		String[] json = good.clone();
		json[index] = json[index].charAt(0) + "\\u0000" + json[index].substring(1);
		String[] csv = good.clone();
		csv[index] = csv[index].charAt(0) + "\u0007" + csv[index].substring(1);
		StringBuilder line = new StringBuilder("{");
		for (int i = 0; i < good.length; i++) {
			line.append(i == 0 ? "" : ",").append('"').append(ListingValidator.FIELDS.get(i)).append("\":\"")
				.append(json[i]).append('"');
		}

		List<CatalogRow> fromJson = read("c.jsonl", line.append('}').toString());
		List<CatalogRow> fromCsv = read("c.csv", HEADER, String.join(",", csv));

		assertThat(fromJson).singleElement().isInstanceOfSatisfying(CatalogRow.Bad.class, (bad) -> assertThat(
				bad.message("c.jsonl")).isEqualTo("c.jsonl:1: " + field + ": contains a NUL character at position 2"));
		assertThat(fromCsv).singleElement().isInstanceOfSatisfying(CatalogRow.Bad.class, (bad) -> assertThat(
				bad.message("c.csv")).isEqualTo("c.csv:2: " + field + ": contains the control character U+0007 at position 2"));
	}

	@Test
	void shouldSkipAnOverlongLineAndAnUnclosedQuoteAndGoOn() throws Exception {
		String huge = "google-play,us,a.b,,\"" + "x".repeat(CatalogReader.MAX_LINE_CHARS) + "\",,,,";
		List<CatalogRow> rows = read("c.csv", HEADER, huge, "google-play,us,c.d,,\"" + "y".repeat(5000) + "\",,,,",
				"google-play,us,e.f,,ok,,,,", "google-play,us,g.h,,\"never closed,,,,");

		assertThat(rows).extracting((row) -> (row instanceof CatalogRow.Bad bad) ? bad.message("c") : "ok " + row.line())
			.containsExactly("c:2: line: longer than 65536 characters",
					"c:3: title: longer than 4096 characters (5000)", "ok 4",
					"c:5: line: a quoted field is not closed before the end of the file");
	}

	@Test
	void shouldSkipOverlongJsonLinesAndKeepCountingLines() throws Exception {
		String overCap = "{\"title\":\"" + "x".repeat(CatalogReader.MAX_LINE_CHARS) + "\"}";
		// more bytes than any line of the cap could take: dropped as it is read, never held
		String runaway = "y".repeat(5 * CatalogReader.MAX_LINE_CHARS);
		// three bytes a character: over the cap in bytes, under it in characters
		String wide = GOOD_JSON.replace("\"WeChat\"", "\"" + "\u5fae".repeat(20_000) + "\"");

		List<CatalogRow> rows = read("c.jsonl", GOOD_JSON, overCap, runaway, wide,
				GOOD_JSON.replace("com.tencent.mm", "com.tencent.mobileqq"));

		assertThat(rows).extracting((row) -> (row instanceof CatalogRow.Bad bad) ? bad.message("c") : "ok " + row.line())
			.containsExactly("ok 1", "c:2: line: longer than 65536 characters",
					"c:3: line: longer than 65536 characters", "c:4: title: longer than 4096 characters (20000)", "ok 5");
	}

	@Test
	void shouldNameTheLastLineOfAFileThatStopsMidLine() throws Exception {
		Path cut = Files.writeString(this.dir.resolve("cut.jsonl"), GOOD_JSON + "\n" + GOOD_JSON.substring(0, 60));
		Path whole = Files.writeString(this.dir.resolve("whole.jsonl"),
				GOOD_JSON + "\n" + GOOD_JSON.replace("com.tencent.mm", "com.tencent.mobileqq"));
		Path csv = Files.writeString(this.dir.resolve("cut.csv"), HEADER + "\ngoogle-play,us,com.tencent.mm,,\"We");

		assertThat(read(cut)).last().isInstanceOfSatisfying(CatalogRow.Bad.class, (bad) -> assertThat(bad.message("c"))
			.startsWith("c:2: line: not valid JSON: ")
			.endsWith(" (the file ends in this line, without a line break: was it cut short?)"));
		assertThat(read(whole)).hasSize(2).allMatch((row) -> row instanceof CatalogRow.Valid);
		assertThat(read(csv)).singleElement().isInstanceOfSatisfying(CatalogRow.Bad.class, (bad) -> assertThat(
				bad.message("c")).isEqualTo("c:2: line: a quoted field is not closed before the end of the file"));
	}

	@org.junit.jupiter.params.ParameterizedTest(name = "{0} shards")
	@org.junit.jupiter.params.provider.ValueSource(ints = { 2, 3, 7, 64 })
	void shouldSplitAFileIntoShardsThatReadEveryLineOnceWithItsLineNumber(int shards) throws Exception {
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			lines.add(GOOD_JSON.replace("com.tencent.mm", "com.example.app" + i));
			if (i % 37 == 0) {
				lines.add(""); // blank lines are skipped, and still counted
			}
			if (i % 41 == 0) {
				lines.add("{\"store\":\"amazon\"}");
			}
			if (i == 150) {
				lines.add("{\"title\":\"" + "x".repeat(CatalogReader.MAX_LINE_CHARS) + "\"}");
			}
		}
		Path file = Files.writeString(this.dir.resolve("c.jsonl"), String.join("\n", lines) + "\n");
		List<String> whole = describe(read(file));

		List<String> together = new ArrayList<>();
		for (int shard = 0; shard < shards; shard++) {
			try (CatalogReader reader = CatalogReader.open(file, shard, shards)) {
				for (CatalogRow row = reader.next(); row != null; row = reader.next()) {
					together.add(describe(row));
				}
			}
		}

		assertThat(together).containsExactlyElementsOf(whole);
		int overlong = lines.indexOf(lines.stream().filter((line) -> line.length() > 1000).findFirst().orElseThrow()) + 1;
		assertThat(whole).hasSize(300 + 8 + 1).contains("c:" + overlong + ": line: longer than 65536 characters");
	}

	@Test
	void shouldRefuseToSplitACsvCatalog() throws Exception {
		Path file = Files.writeString(this.dir.resolve("c.csv"), HEADER + "\ngoogle-play,us,com.tencent.mm,,,,,,\n");

		assertThatThrownBy(() -> CatalogReader.open(file, 1, 2)).isInstanceOf(InputException.class)
			.hasMessage("--catalog: " + file + ": a CSV catalog cannot be split into shards (a quoted field may hold "
					+ "line breaks); use JSON Lines for a sharded run");
	}

	private static List<String> describe(List<CatalogRow> rows) {
		return rows.stream().map(CatalogReaderTests::describe).toList();
	}

	/** A bad line by its message (its line number from the file's start), a listing by its key. */
	private static String describe(CatalogRow row) {
		return (row instanceof CatalogRow.Bad bad) ? bad.message("c")
				: ((CatalogRow.Valid) row).listing().store().id() + " " + ((CatalogRow.Valid) row).listing().appId();
	}

	@Test
	void shouldFlagBytesThatAreNotUtf8() throws Exception {
		Path file = this.dir.resolve("c.csv");
		byte[] bad = "google-play,us,a.b,,caf\u00e9,,,,\n".getBytes(StandardCharsets.ISO_8859_1);
		Files.write(file, (HEADER + "\n").getBytes(StandardCharsets.UTF_8));
		Files.write(file, bad, java.nio.file.StandardOpenOption.APPEND);

		assertThat(read(file)).singleElement()
			.isInstanceOfSatisfying(CatalogRow.Bad.class, (row) -> assertThat(row.message("c.csv"))
				.isEqualTo("c.csv:2: title: is not valid UTF-8 (or contains U+FFFD) at position 4"));
	}

	@Test
	void shouldRejectACsvHeaderWithoutTheFieldsAsAWhole() throws Exception {
		Path file = Files.writeString(this.dir.resolve("c.csv"), "store,country,id,title\n");

		assertThatThrownBy(() -> CatalogReader.open(file)).isInstanceOf(InputException.class)
			.hasMessage("--catalog: " + file + ":1: header: no column appId, bundleId, developerName, developerId, "
					+ "legalName, url (a catalog CSV starts with a header naming: " + HEADER + ")");
	}

	private List<CatalogRow> read(String name, String... lines) throws Exception {
		return read(Files.writeString(this.dir.resolve(name), String.join("\n", lines) + "\n"));
	}

	private static List<CatalogRow> read(Path file) {
		List<CatalogRow> rows = new ArrayList<>();
		try (CatalogReader reader = CatalogReader.open(file)) {
			for (CatalogRow row = reader.next(); row != null; row = reader.next()) {
				rows.add(row);
			}
		}
		return rows;
	}

}
