package dev.delist.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import dev.delist.support.Cli;
import dev.delist.support.TestDatabase;
import dev.delist.support.TestJobs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad input catalogue (docs/reliability.md): each case spoils one thing an operator controls, runs the real
 * command line and expects the documented exit code, exactly one line on stderr naming the file and line, the
 * option or the key, no stack trace, and nothing started or written. The messages here are the ones the
 * document quotes; change both together.
 */
class BadInputCatalogueTests {

	/** One database for every case: nothing may ever start, so nothing may accumulate in it either. */
	private static String database;

	@TempDir
	Path dir;

	@BeforeAll
	static void createDatabase() {
		database = TestDatabase.newDatabase();
	}

	static Stream<Case> catalogue() {
		return Stream.of(
				// list files (jobs/lists/*.yaml), read by every run
				edit("list: bad indentation", "lists/test-apps.yaml", "title: Test prohibited apps",
						"title: Test prohibited apps\n   authority: Test Order 1").run()
					.fails(2, "{jobs}/lists/test-apps.yaml:5: malformed YAML: mapping values are not allowed here"),
				edit("list: a tab for indentation", "lists/test-apps.yaml", "title: Test prohibited apps",
						"\ttitle: Test prohibited apps").run()
					.fails(2, "{jobs}/lists/test-apps.yaml:3: malformed YAML: while scanning for the next token"),
				edit("list: unknown key", "lists/test-apps.yaml", "title:", "titel:").run()
					.fails(2, "{jobs}/lists/test-apps.yaml:4: titel: unknown key 'titel' (known: id, version, title, "
							+ "authority, citation, sources, jurisdiction, coversDevelopers, entriesComplete, status, events, entries)"),
				edit("list: impossible date", "lists/test-apps.yaml", "date: 2020-01-01", "date: 2020-02-30").run()
					.fails(2, "{jobs}/lists/test-apps.yaml:9: status[0].date: '2020-02-30' is not a valid date "
							+ "(YYYY-MM-DD)"),
				edit("list: status dates out of order", "lists/test-apps.yaml", "by: Test Order 1 }",
						"by: Test Order 1 }\n  - { status: revoked, date: 2019-06-01, by: Test Revocation }").run()
					.fails(2, "{jobs}/lists/test-apps.yaml:10: status[1].date: dates must be in order: 2019-06-01 is "
							+ "not after the previous status date 2020-01-01"),
				edit("list: malformed package name", "lists/test-apps.yaml", "com.example.banned.android",
						"com.example.2banned").run()
					.fails(2, "{jobs}/lists/test-apps.yaml:17: entries[0].identifiers[2].value: 'com.example.2banned' "
							+ "is not a valid Android package name (letters, digits and _ in dot-separated parts)"),
				edit("list: unknown storefront code", "lists/test-apps.yaml", "jurisdiction: [us, gb]",
						"jurisdiction: [us, uk]").run()
					.fails(2, "{jobs}/lists/test-apps.yaml:1: jurisdiction[1]: 'uk' is not a two-letter lower-case "
							+ "storefront code (ISO 3166-1, e.g. us, in)"),
				setUp("list: two files with the same id", (jobs) -> Files.copy(jobs.resolve("lists/test-apps.yaml"),
						jobs.resolve("lists/zz-copy.yaml"))).run()
					.fails(2, "{jobs}/lists/zz-copy.yaml:2: id: list id 'test-apps' is already declared by "
							+ "{jobs}/lists/test-apps.yaml"),
				// chmod 000 stops no one when tests run as root (CI does): a directory cannot be read as a file by anyone
				setUp("list: unreadable (a directory named like a list file)",
						(jobs) -> Files.createDirectory(jobs.resolve("lists/folder.yaml"))).run()
					.fails(2, "{jobs}/lists/folder.yaml: cannot read the file (IOException: Is a directory)"),
				setUp("list: dangling link", (jobs) -> Files.createSymbolicLink(jobs.resolve("lists/gone.yaml"),
						jobs.resolve("lists/moved-away.yaml"))).run()
					.fails(2, "{jobs}/lists/gone.yaml: cannot read the file (no such file; a dangling link?)"),
				setUp("list: link to itself", (jobs) -> Files.createSymbolicLink(jobs.resolve("lists/loop.yaml"),
						jobs.resolve("lists/loop.yaml"))).run()
					.fails(2, "{jobs}/lists/loop.yaml: cannot read the file (Too many levels of symbolic links or "
							+ "unable to access attributes of symbolic link)"),
				// strict YAML: what YAML would quietly resolve (the last key wins, an alias reads as its name) is refused
				edit("list: a key given twice", "lists/test-apps.yaml", "value: com.example.banned.android,",
						"value: com.example.banned.android, value: com.example.elsewhere,").run()
					.fails(2, "{jobs}/lists/test-apps.yaml:17: entries[0].identifiers[2].value: the key 'value' is "
							+ "given twice (first on line 17); YAML would silently keep only the last"),
				edit("list: an alias", "lists/test-apps.yaml", "name: Other App", "name: *t").run()
					.fails(2, "{jobs}/lists/test-apps.yaml:19: the alias *t: anchors and aliases are not supported; "
							+ "write the value out in full"),
				edit("list: an anchor", "lists/test-apps.yaml", "name: Banned App", "name: &t Banned App").run()
					.fails(2, "{jobs}/lists/test-apps.yaml:12: the anchor &t: anchors and aliases are not supported; "
							+ "write the value out in full"),
				edit("list: a merge key", "lists/test-apps.yaml", "    name: Other App", "    <<: { name: Other App }")
					.run()
					.fails(2, "{jobs}/lists/test-apps.yaml:19: entries[1].<<: merge keys (<<) are not supported; "
							+ "write the keys out"),
				setUp("list: a FIFO named like a list file", (jobs) -> mkfifo(jobs.resolve("lists/pipe.yaml"))).run()
					.fails(2, "{jobs}/lists/pipe.yaml: not a regular file (a FIFO, socket or device?); give a YAML "
							+ "file"),
				setUp("list: a FIFO named on the command line", (jobs) -> mkfifo(jobs.resolve("pipe.yaml")))
					.run("lists", "validate", "{jobs}/pipe.yaml")
					.fails(2, "{jobs}/pipe.yaml: not a regular file (a FIFO, socket or device?); give a YAML file"),
				setUp("list: empty list directory", (jobs) -> Files.delete(jobs.resolve("lists/test-apps.yaml"))).run()
					.fails(2, "{jobs}/lists: no list files (*.yaml) found"),
				edit("list: checked alone", "lists/test-apps.yaml", "title:", "titel:")
					.run("lists", "validate", "{jobs}/lists/test-apps.yaml")
					.fails(2, "{jobs}/lists/test-apps.yaml:4: titel: unknown key 'titel' (known: id, version, title, "
							+ "authority, citation, sources, jurisdiction, coversDevelopers, entriesComplete, status, events, entries)"),
				// job files (jobs/<job>.yaml)
				edit("job: malformed YAML", "nightly.yaml", "countries: [us, gb]", "countries: [us, gb").run()
					.fails(2, "{jobs}/nightly.yaml:7: malformed YAML: while parsing a flow sequence"),
				edit("job: unknown key", "nightly.yaml", "description:", "descripton:").run()
					.fails(2, "{jobs}/nightly.yaml:3: descripton: unknown key 'descripton' (known: name, description, "
							+ "lists, stores, gate)"),
				edit("job: bad country code", "nightly.yaml", "[us, gb]", "[us, GBR]").run()
					.fails(2, "{jobs}/nightly.yaml:6: stores.apple.countries[1]: 'GBR' is not a two-letter lower-case "
							+ "country code"),
				edit("job: unknown discovery", "nightly.yaml", "[identifiers]", "[telepathy]").run()
					.fails(2, "{jobs}/nightly.yaml:8: stores.apple.discovery[0]: unknown discovery 'telepathy' (known: "
							+ "identifiers, developers, search)"),
				edit("job: a list that does not exist", "nightly.yaml", "gate:", "lists: [nope]\ngate:").run()
					.fails(2, "{jobs}/nightly.yaml:9: lists[0]: list 'nope' is not in {jobs}/lists (known: test-apps)"),
				none("job: no such job file").run("run", "--job", "weekly")
					.fails(2, "{jobs}/weekly.yaml: no such job definition (jobs are read from "
							+ "delist.jobs.dir={jobs})"),
				edit("job: a second stores: key", "nightly.yaml", "gate:", "stores:\n  google-play:\n    countries: [us]\ngate:")
					.run()
					.fails(2, "{jobs}/nightly.yaml:9: stores: the key 'stores' is given twice (first on line 4); YAML "
							+ "would silently keep only the last"),
				edit("job: an alias", "nightly.yaml", "description: functional tests", "description: *d").run()
					.fails(2, "{jobs}/nightly.yaml:3: the alias *d: anchors and aliases are not supported; write the "
							+ "value out in full"),
				edit("job: an anchor", "nightly.yaml", "countries: [us, gb]", "countries: &c [us, gb]").run()
					.fails(2, "{jobs}/nightly.yaml:6: the anchor &c: anchors and aliases are not supported; write the "
							+ "value out in full"),
				edit("job: a merge key", "nightly.yaml", "  maxErrorRate: 0.0", "  <<: { maxErrorRate: 0.0 }").run()
					.fails(2, "{jobs}/nightly.yaml:10: gate.<<: merge keys (<<) are not supported; write the keys out"),
				// command-line arguments
				none("args: unknown command").run("frobnicate")
					.fails(2, "Unmatched argument at index 0: 'frobnicate' (see: delist --help)"),
				none("args: unknown option").run("run", "--bogus")
					.fails(2, "Unknown option: '--bogus' (see: delist run --help)"),
				none("args: bad --date").run("run", "--date", "2026-13-01")
					.fails(2, "Invalid value for option '--date': '2026-13-01' is not a valid date (YYYY-MM-DD) "
							+ "(see: delist run --help)"),
				none("args: --date before year 1").run("run", "--date", "-2026-01-01")
					.fails(2, "Invalid value for option '--date': '-2026-01-01' is not a date from 0001-01-01 to "
							+ "9999-12-31 (see: delist run --help)"),
				none("args: --date after year 9999").run("run", "--date", "+10000-01-01")
					.fails(2, "Invalid value for option '--date': '+10000-01-01' is not a date from 0001-01-01 to "
							+ "9999-12-31 (see: delist run --help)"),
				none("args: lists show --as-of year 0").run("lists", "show", "test-apps", "--as-of", "0000-12-31")
					.fails(2, "Invalid value for option '--as-of': '0000-12-31' is not a date from 0001-01-01 to "
							+ "9999-12-31 (see: delist lists show --help)"),
				none("args: aggregate --wait negative").run("aggregate", "--shards", "2", "--wait", "PT-1H")
					.fails(2, "--wait: 'PT-1H' is negative; give how long to wait, e.g. PT2H"),
				none("args: --countries USA").run("run", "--countries", "USA")
					.fails(2, "--countries: 'USA' is not a two-letter lower-case country code"),
				none("args: --stores amazon").run("run", "--stores", "amazon")
					.fails(2, "--stores: unknown store 'amazon' (known: apple, google-play, galaxy-store)"),
				none("args: --lists nope").run("run", "--lists", "nope")
					.fails(2, "--lists: list 'nope' is not in {jobs}/lists (known: test-apps)"),
				none("args: a list named twice").run("run", "--lists", "test-apps,test-apps")
					.fails(2, "--lists: 'test-apps' is named twice"),
				edit("job: a list named twice", "nightly.yaml", "gate:", "lists: [test-apps, test-apps]\ngate:").run()
					.fails(2, "{jobs}/nightly.yaml:9: lists[1]: list 'test-apps' is named twice"),
				setUp("args: --out is a file", (jobs) -> Files.writeString(jobs.resolve("out.txt"), "not a folder"))
					.run("run", "--out", "{jobs}/out.txt")
					.fails(2, "report directory {jobs}/out.txt (--out or delist.report.dir) is not writable: "
							+ "{jobs}/out.txt is not a directory"),
				none("args: restart with a non-number").run("restart", "abc")
					.fails(2, "Invalid value for positional parameter at index 0 (executionId): 'abc' is not a long "
							+ "(see: delist restart --help)"),
				// a catalog whose header lacks fields is refused before a job starts (bad lines: CatalogFunctionalTests)
				setUp("catalog: a CSV header without the contract's fields", (jobs) -> Files.writeString(
						jobs.resolve("catalog.csv"), "store,country,appId\napple,us,111111111\n"))
					.run("run", "--catalog", "{jobs}/catalog.csv")
					.fails(2, "--catalog: {jobs}/catalog.csv:1: header: no column bundleId, title, developerName, "
							+ "developerId, legalName, url (a catalog CSV starts with a header naming: store,country,"
							+ "appId,bundleId,title,developerName,developerId,legalName,url)"),
				none("catalog: no such file").run("run", "--catalog", "{jobs}/missing.jsonl")
					.fails(2, "--catalog: {jobs}/missing.jsonl: no such readable file"),
				// configuration
				none("config: unreachable database").run("run", "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/delist",
						"--spring.datasource.hikari.connection-timeout=250")
					.failsStartingWith(2, "cannot connect to the database (spring.datasource.url): "),
				none("config: base URL that is not a URL").run("run", "--delist.stores.apple.base-url=not a url")
					.fails(2, "delist.stores.apple.base-url: 'not a url' is not an http(s) URL"),
				none("config: a store URL with a password").run("run",
						"--delist.stores.apple.base-url=https://app:pw@itunes.apple.com")
					.fails(2, "delist.stores.apple.base-url: a user or password in the URL is not supported (it would "
							+ "be written into reports)"),
				none("config: a number that is not a number").run("run", "--delist.http.max-attempts=zero")
					.fails(2, "configuration delist.http.max-attempts: 'zero' is not a valid int"),
				none("config: no fetch threads").run("run", "--delist.fetch.threads=0")
					.fails(2, "configuration delist.fetch.threads: must be 1 or more, not 0"),
				none("config: a negative duration").run("run", "--delist.http.connect-timeout=-5s")
					.fails(2, "configuration delist.http.connect-timeout: must be a positive duration (e.g. 10s), "
							+ "not -5s"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("catalogue")
	void shouldRefuseWithOneLineAndTheDocumentedExitCode(Case bad) throws Exception {
		// given
		Path jobs = TestJobs.copyTo(this.dir);
		Path reports = this.dir.resolve("reports");
		bad.setUp().apply(jobs);
		List<String> args = new ArrayList<>(Arrays.stream(bad.args()).map((arg) -> arg.replace("{jobs}", jobs.toString())).toList());
		args.add("--delist.jobs.dir=" + jobs);
		args.add("--delist.report.dir=" + reports);
		if (args.stream().noneMatch((arg) -> arg.startsWith("--spring.datasource.url="))) {
			args.add("--spring.datasource.url=" + database);
		}

		// when
		Cli.Result result = new Cli().run(args.toArray(String[]::new));

		// then
		String expected = "delist: " + bad.message().replace("{jobs}", jobs.toString());
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(bad.exitCode());
		assertThat(result.err()).as(result.toString()).endsWith("\n").doesNotEndWith("\n\n");
		assertThat(result.err().lines()).as(result.toString()).hasSize(1);
		if (bad.exact()) {
			assertThat(result.err().stripTrailing()).isEqualTo(expected);
		}
		else {
			assertThat(result.err()).startsWith(expected);
		}
		assertThat(result.err()).doesNotContain("\tat ", "Exception:\n", "Caused by");
		assertThat(result.out()).as("nothing to report on stdout").isEmpty();
		assertThat(count("SELECT count(*) FROM batch_job_instance")).as("no job started").isZero();
		assertThat(reports).as("no report written").doesNotExist();
	}

	private static long count(String sql) throws Exception {
		try (Connection connection = DriverManager.getConnection(database);
				ResultSet result = connection.createStatement().executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}

	private static void mkfifo(Path path) throws Exception {
		Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
		assertThat(mkfifo.waitFor()).as("mkfifo " + path).isZero();
	}

	private static Builder edit(String name, String file, String find, String replace) {
		return setUp(name, (jobs) -> {
			Path path = jobs.resolve(file);
			String text = Files.readString(path);
			assertThat(text).as("the case must change " + file).contains(find);
			Files.writeString(path, text.replace(find, replace));
		});
	}

	private static Builder setUp(String name, SetUp setUp) {
		return new Builder(name, setUp);
	}

	private static Builder none(String name) {
		return new Builder(name, (jobs) -> {
		});
	}

	/** Spoils the copied {@code jobs/} directory. */
	interface SetUp {

		void apply(Path jobs) throws Exception;

	}

	record Case(String name, SetUp setUp, String[] args, int exitCode, String message, boolean exact) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	record Builder(String name, SetUp setUp, String... args) {

		Builder run(String... args) {
			return new Builder(this.name, this.setUp, (args.length == 0) ? new String[] { "run" } : args);
		}

		Case fails(int exitCode, String message) {
			return new Case(this.name, this.setUp, this.args, exitCode, message, true);
		}

		Case failsStartingWith(int exitCode, String message) {
			return new Case(this.name, this.setUp, this.args, exitCode, message, false);
		}

	}

}
