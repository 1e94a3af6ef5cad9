package dev.delist.list;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;

import dev.delist.config.InputException;
import dev.delist.support.Cli;
import dev.delist.support.TestDatabase;
import dev.delist.support.TestJobs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every class of bad list file gets one message naming the file, the line and the field: each case below edits
 * one line of a valid list and expects the exact message.
 */
class ListValidationTests {

	// line numbers matter: the expected messages below point into this text
	private static final String VALID = """
			id: test-list
			version: "1"
			title: Test list
			authority: Test Order 1
			status:
			  - status: pending
			    date: 2021-01-05
			    by: Test Order 1 signed
			  - status: in-force
			    date: 2021-02-19
			    by: Test Order 1 Sec. 1
			entries:
			  - id: app-one
			    name: App One
			    identifiers:
			      - { type: package, value: com.example.one, confidence: high, source: test }
			      - { type: bundle-id, value: com.example.one, confidence: high, source: test }
			      - { type: app-store-id, value: "111111111", confidence: high, source: test }
			  - id: app-two
			    name: App Two
			    featureOf: app-one
			    identifiers:
			      - { type: package, value: com.example.two, confidence: medium, source: test }
			events:
			  - date: 2021-03-01
			    by: Test ruling
			jurisdiction: [us]
			""";

	@TempDir
	Path dir;

	@Test
	void shouldAcceptTheValidList() throws IOException {
		LoadedList loaded = ListFiles.loadFile(write("test-list.yaml", VALID));

		assertThat(loaded.id()).isEqualTo("test-list");
		assertThat(loaded.list().entries()).hasSize(2);
		assertThat(loaded.list().events()).hasSize(1);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			malformed YAML           | name: App One                | name: [App One               | 15: malformed YAML: while parsing a flow sequence
			unknown top-level key    | title: Test list             | titel: Test list             | 3: titel: unknown key 'titel' (known: id, version, title, authority, citation, sources, jurisdiction, coversDevelopers, entriesComplete, status, events, entries)
			unknown identifier key   | source: test }\\n  - id: app-two | source: test, sauce: x }\\n  - id: app-two | 18: entries[0].identifiers[2].sauce: unknown key 'sauce' (known: type, value, confidence, source, note, validFrom, validTo)
			missing title            | title: Test list             | citation: none               | 1: title: required field is missing or empty
			missing identifier source| medium, source: test }       | medium }                     | 23: entries[1].identifiers[0].source: required field is missing or empty
			missing status by        | by: Test Order 1 Sec. 1      | note: no instrument          |  9: status[1].by: required field is missing or empty
			missing entry name       | name: App Two                | aliases: [Two]               | 19: entries[1].name: required field is missing or empty
			duplicate entry id       | id: app-two                  | id: app-one                  | 19: entries[1].id: duplicate entry id 'app-one'
			identifier claimed twice | value: com.example.two       | value: com.example.one       | 23: entries[1].identifiers[0].value: package 'com.example.one' is already claimed by entry 'app-one'
			impossible date          | date: 2021-02-19             | date: 2021-02-30             | 10: status[1].date: '2021-02-30' is not a valid date (YYYY-MM-DD)
			not a date               | date: 2021-02-19             | date: soon                   | 10: status[1].date: 'soon' is not a valid date (YYYY-MM-DD)
			number as date           | date: 2021-02-19             | date: 20210219              | 10: status[1].date: not a valid date (YYYY-MM-DD)
			same-day status dates    | date: 2021-02-19             | date: 2021-01-05             | 10: status[1].date: dates must be in order: 2021-01-05 is not after the previous status date 2021-01-05
			out-of-order status dates| date: 2021-02-19             | date: 2020-12-31             | 10: status[1].date: dates must be in order: 2020-12-31 is not after the previous status date 2021-01-05
			out-of-order event dates | by: Test ruling              | by: Test ruling\\n  - { date: 2021-02-01, by: Earlier ruling } | 27: events[1].date: dates must be in order: 2021-02-01 is before the previous event date 2021-03-01
			unknown status           | status: in-force             | status: enforced             | 9: status[1].status: 'enforced' is not one of: in-force, pending, enjoined, revoked, informational
			unknown confidence       | confidence: medium           | confidence: maybe            | 23: entries[1].identifiers[0].confidence: 'maybe' is not one of: high, medium, unverified
			unknown identifier type  | type: package, value: com.example.two | type: apk, value: com.example.two | 23: entries[1].identifiers[0].type: 'apk' is not one of: package, bundle-id, app-store-id, developer-id, artist-id, store-url
			malformed package name   | value: com.example.two       | value: com.example.2two      | 23: entries[1].identifiers[0].value: 'com.example.2two' is not a valid Android package name (letters, digits and _ in dot-separated parts)
			one-part package name    | value: com.example.two       | value: example               | 23: entries[1].identifiers[0].value: 'example' is not a valid Android package name (letters, digits and _ in dot-separated parts)
			malformed bundle id      | bundle-id, value: com.example.one | bundle-id, value: com_example.one | 17: entries[0].identifiers[1].value: 'com_example.one' is not a valid bundle id (letters, digits and - in dot-separated parts)
			malformed App Store id   | "111111111"                  | "id111111111"                | 18: entries[0].identifiers[2].value: 'id111111111' is not a numeric App Store id
			artist id on an entry    | type: app-store-id, value: "111111111" | type: artist-id, value: "111111111" | 18: entries[0].identifiers[2].type: 'artist-id' identifies a developer; put it in the entry's developers[].identifiers
			bundle id on a developer | name: App Two\\n             | name: App Two\\n    developers:\\n      - { name: Dev, confidence: high, source: test, identifiers: [{ type: bundle-id, value: com.example.dev, confidence: high, source: test }] }\\n | 22: entries[1].developers[0].identifiers[0].type: 'bundle-id' identifies an app; put it in the entry's identifiers
			bad list id              | id: test-list                | id: Test List                | 1: id: 'Test List' is not a valid id (lower-case letters, digits and -)
			unknown featureOf        | featureOf: app-one           | featureOf: app-three         | 21: entries[1].featureOf: 'app-three' is not the id of an entry in this list
			missing jurisdiction     | jurisdiction: [us]\\n        | \\n                          | 1: jurisdiction: required: the storefronts where the list binds, as two-letter codes (e.g. [us])
			empty jurisdiction       | jurisdiction: [us]           | jurisdiction: []             | 27: jurisdiction: required: the storefronts where the list binds, as two-letter codes (e.g. [us])
			unknown storefront code  | jurisdiction: [us]           | jurisdiction: [us, xx]       | 27: jurisdiction[1]: 'xx' is not a two-letter lower-case storefront code (ISO 3166-1, e.g. us, in)
			upper-case storefront    | jurisdiction: [us]           | jurisdiction: [IN]           | 27: jurisdiction[0]: 'IN' is not a two-letter lower-case storefront code (ISO 3166-1, e.g. us, in)
			validTo before validFrom | value: com.example.two, confidence: medium, source: test } | value: com.example.two, confidence: medium, source: test, validFrom: 2021-06-01, validTo: 2020-12-31 } | 23: entries[1].identifiers[0].validTo: 2020-12-31 is before validFrom 2021-06-01
			malformed store URL      | type: package, value: com.example.two | type: store-url, value: "not a url" | 23: entries[1].identifiers[0].value: 'not a url' is not a store page URL (host and optional path, e.g. mpokket.en.aptoide.com)
			store URL with a query   | type: package, value: com.example.two | type: store-url, value: "https://apps.example.org/details?id=com.example.two" | 23: entries[1].identifiers[0].value: 'https://apps.example.org/details?id=com.example.two' has a query or fragment, which matching ignores (it compares host and path), so it would match every page at https://apps.example.org/details; name the page by its host and path alone, or the app by its package or App Store id
			Google Play store URL    | type: package, value: com.example.two | type: store-url, value: "play.google.com/store/apps/details" | 23: entries[1].identifiers[0].value: 'play.google.com/store/apps/details' is a Google Play page, and Play names its apps in the query, which matching ignores; name the app by its package (type: package)
			entry event before list  | featureOf: app-one\\n         | featureOf: app-one\\n    events:\\n      - { date: 2020-12-31, status: lifted, by: Test Order 2 }\\n | 23: entries[1].events[0].date: 2020-12-31 is before the list's first status date 2021-01-05
			entry events out of order| featureOf: app-one\\n         | featureOf: app-one\\n    events:\\n      - { date: 2021-05-01, status: trial, by: Test Order 2 }\\n      - { date: 2021-04-01, status: in-force, by: Test Order 3 }\\n | 24: entries[1].events[1].date: dates must be in order: 2021-04-01 is not after the entry's previous event date 2021-05-01
			unknown entry status     | featureOf: app-one\\n         | featureOf: app-one\\n    events:\\n      - { date: 2021-05-01, status: pardoned, by: Test Order 2 }\\n | 23: entries[1].events[0].status: 'pardoned' is not one of: in-force, lifted, trial, revoked
			entry event without by   | featureOf: app-one\\n         | featureOf: app-one\\n    events:\\n      - { date: 2021-05-01, status: lifted }\\n | 23: entries[1].events[0].by: required field is missing or empty
			package in two entries   | value: com.example.two, confidence: medium | value: COM.example.ONE, confidence: medium | 23: entries[1].identifiers[0].value: package 'COM.example.ONE' is already claimed by entry 'app-one'
			""")
	void shouldNameFileLineAndFieldOfEachProblem(String problem, String find, String replace, String expected)
			throws IOException {
		String yaml = VALID.replace(unescape(find), unescape(replace));
		String expectedLine = expected.strip();
		assertThat(yaml).as("the case must change the list").isNotEqualTo(VALID);
		Path file = write("bad.yaml", yaml);

		assertThatThrownBy(() -> ListFiles.loadFile(file)).isInstanceOf(InputException.class)
			.hasMessageStartingWith(file + ":" + expectedLine);
	}

	@Test
	void shouldAcceptOnePackageInTwoLists() throws IOException {
		// orders overlap: the same app may be named by two lists, only not twice in one
		Path first = write("a.yaml", VALID);
		Path second = write("b.yaml", VALID.replace("id: test-list", "id: other-list"));

		assertThat(ListFiles.load(List.of(first, second))).hasSize(2);
	}

	@Test
	void shouldReadJurisdictionValidityAndEntryEvents() throws IOException {
		String yaml = VALID.replace("value: com.example.two, confidence: medium, source: test }",
				"value: com.example.two, confidence: medium, source: test, validFrom: 2021-01-01, validTo: 2021-06-30 }")
			.replace("featureOf: app-one\n", "featureOf: app-one\n    events:\n"
					+ "      - { date: 2021-05-01, status: trial, by: Test Order 2 }\n"
					+ "      - { date: 2021-08-01, status: in-force, by: Test Order 3 }\n")
			.replace("jurisdiction: [us]", "jurisdiction: [us, in]\nentriesComplete: false");

		ProhibitedList list = ListFiles.loadFile(write("test-list.yaml", yaml)).list();

		assertThat(list.jurisdiction()).containsExactly("us", "in");
		assertThat(list.bindsIn("in")).isTrue();
		assertThat(list.bindsIn("gb")).isFalse();
		assertThat(list.entriesComplete()).isFalse();
		assertThat(list.coversDevelopers()).isFalse();
		ListEntry two = list.entries().get(1);
		Identifier id = two.identifiers().get(0);
		assertThat(id.validOn(java.time.LocalDate.of(2020, 12, 31))).isFalse();
		assertThat(id.validOn(java.time.LocalDate.of(2021, 6, 30))).isTrue();
		assertThat(id.validOn(java.time.LocalDate.of(2021, 7, 1))).isFalse();
		// the list is in force from 2021-02-19; the entry is let back for a trial on 2021-05-01, blocked again 08-01
		assertThat(list.entryInForceOn(two, java.time.LocalDate.of(2021, 4, 30))).isTrue();
		assertThat(list.entryInForceOn(two, java.time.LocalDate.of(2021, 5, 1))).isFalse();
		assertThat(two.statusOn(java.time.LocalDate.of(2021, 5, 1))).isEqualTo(EntryStatus.TRIAL);
		assertThat(list.entryInForceOn(two, java.time.LocalDate.of(2021, 8, 1))).isTrue();
		assertThat(list.entryInForceOn(list.entries().get(0), java.time.LocalDate.of(2021, 5, 1))).isTrue();
		assertThat(list.entryInForceOn(two, java.time.LocalDate.of(2021, 2, 18))).isFalse();
	}

	@Test
	void shouldRefuseTwoFilesWithTheSameListId() throws IOException {
		Path first = write("a.yaml", VALID);
		Path second = write("b.yaml", "# the same list, copied\n" + VALID);

		assertThatThrownBy(() -> ListFiles.load(List.of(first, second))).isInstanceOf(InputException.class)
			.hasMessage(second + ":2: id: list id 'test-list' is already declared by " + first);
	}

	@Test
	void shouldRefuseTwoFilesWithTheSameListIdInTheDirectory() throws IOException {
		write("a.yaml", VALID);
		Path second = write("b.yaml", VALID);

		assertThatThrownBy(() -> ListFiles.loadDirectory(this.dir)).isInstanceOf(InputException.class)
			.hasMessageStartingWith(second + ":1: id: list id 'test-list' is already declared by ");
	}

	@Test
	void shouldRefuseAnEmptyFile() throws IOException {
		Path file = write("empty.yaml", "# nothing here\n");

		assertThatThrownBy(() -> ListFiles.loadFile(file)).isInstanceOf(InputException.class)
			.hasMessage(file + ":1: the file is empty");
	}

	@Test
	void shouldExitWith2AndOneLineThroughTheCommandLine() throws IOException {
		Path file = write("bad.yaml", VALID.replace("value: com.example.two", "value: com.example.one"));

		Cli.Result result = new Cli().run("lists", "validate", file.toString());

		assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
		assertThat(result.err()).isEqualTo("delist: " + file
				+ ":23: entries[1].identifiers[0].value: package 'com.example.one' is already claimed by entry 'app-one'"
				+ System.lineSeparator());
		assertThat(result.out()).isEmpty();
	}

	@Test
	void shouldReportMalformedYamlThroughTheCommandLineWithoutAStackTrace() throws IOException {
		Path file = write("broken.yaml", "id: x\nentries: [\n  - : :\n");

		Cli.Result result = new Cli().run("lists", "validate", file.toString());

		assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
		assertThat(result.err().lines()).hasSize(1);
		assertThat(result.err()).startsWith("delist: " + file + ":").doesNotContain("Exception").doesNotContain("\tat ");
	}

	@Test
	void shouldValidateEveryFileNamedAndPrintOneLineEach() throws IOException {
		Path first = write("a.yaml", VALID);
		Path second = write("b.yaml", VALID.replace("id: test-list", "id: other-list"));

		Cli.Result result = new Cli().run("lists", "validate", first.toString(), second.toString());

		assertThat(result.exitCode()).as(result.toString()).isZero();
		assertThat(result.out().lines()).hasSize(2)
			.anySatisfy((line) -> assertThat(line).startsWith(first + ": ok: test-list version 1, 2 entries"))
			.anySatisfy((line) -> assertThat(line).startsWith(second + ": ok: other-list version 1, 2 entries"));
	}

	@Test
	void shouldRefuseARunWithABadListBeforeStartingAnything() throws Exception {
		// given: the test jobs plus a list whose second status date is impossible (line 10)
		Path jobs = TestJobs.copyTo(this.dir);
		Path bad = Files.writeString(jobs.resolve("lists/bad.yaml"), VALID.replace("2021-02-19", "2021-02-30"));
		String database = TestDatabase.newDatabase();

		// when
		Cli.Result result = new Cli("--spring.datasource.url=" + database, "--delist.jobs.dir=" + jobs).run("run",
				"--date", "2026-11-29");

		// then
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
		assertThat(result.err().strip())
			.isEqualTo("delist: " + bad + ":10: status[1].date: '2021-02-30' is not a valid date (YYYY-MM-DD)");
		try (Connection connection = DriverManager.getConnection(database);
				ResultSet count = connection.createStatement()
					.executeQuery("SELECT count(*) FROM batch_job_instance")) {
			count.next();
			assertThat(count.getLong(1)).isZero();
		}
	}

	private Path write(String name, String text) throws IOException {
		return Files.writeString(this.dir.resolve(name), text);
	}

	private static String unescape(String cell) {
		return cell.replace("\\n", "\n");
	}

}
