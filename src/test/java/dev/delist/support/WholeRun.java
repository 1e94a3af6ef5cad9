package dev.delist.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Everything a whole-run test drives delist against, fresh for each test and gone after it: Apple, Google Play
 * and the Galaxy Store played by WireMock (stub them; a store the job file does not name is never asked), a
 * database copied from the migrated template, the test job definitions ({@link TestJobs}) in a directory of the
 * test's own, and a {@link Cli} configured for all of them with no rate limit and no backoff to wait for.
 *
 * <pre>
 * &#64;RegisterExtension
 * final WholeRun run = new WholeRun();
 * ...
 * Cli.Result result = this.run.cli(nightlyYaml).run("run", "--date", "2026-11-29");
 * </pre>
 *
 * Tests that each need the same run done first share it: {@link #perClass()} in a static field sets all this up
 * once for the class, {@code @BeforeAll} does the run and calls {@link #snapshot()}, and every test then starts
 * from a copy of that moment of its own: its database copied from the snapshot's, its directory (jobs, reports)
 * copied, the stores' stubs as they were and their request journals empty. (Report paths the database holds name
 * the class's directory, which stays until the class ends.)
 */
public final class WholeRun implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

	private UnaryOperator<WireMockConfiguration> appleOptions = UnaryOperator.identity();

	/** Set up for the whole class (a static field), not for each test. */
	private boolean perClass;

	/** The class's own directory, which each test's is a copy of. */
	private Path classDir;

	/** The template each test's database is copied from, once {@link #snapshot()} was called. */
	private String snapshotDatabase;

	private Map<WireMockServer, List<StubMapping>> snapshotStubs;

	private Path dir;

	private String database;

	private Path jobs;

	private WireMockServer apple;

	private WireMockServer play;

	private WireMockServer galaxy;

	/** Apple's server with options of the test's own, e.g. WireMock's gzip off when the test sets the encoding. */
	public WholeRun appleOptions(UnaryOperator<WireMockConfiguration> options) {
		this.appleOptions = options;
		return this;
	}

	/** For a static field: set up once for the class, each test starting from the {@link #snapshot()}. */
	public static WholeRun perClass() {
		WholeRun run = new WholeRun();
		run.perClass = true;
		return run;
	}

	/**
	 * Takes the database, the directory and the stores' stubs as they are now as every following test's starting
	 * point. Call it from {@code @BeforeAll} once the shared work is done and every command has ended (a copy
	 * needs a database nobody is connected to).
	 */
	public void snapshot() {
		if (!this.perClass) {
			throw new IllegalStateException("snapshot() is for a WholeRun.perClass() in a static field");
		}
		this.snapshotDatabase = TestDatabase.snapshot(this.database);
		this.snapshotStubs = new LinkedHashMap<>();
		for (WireMockServer server : servers()) {
			this.snapshotStubs.put(server, List.copyOf(server.getStubMappings()));
		}
	}

	@Override
	public void beforeAll(ExtensionContext context) throws IOException {
		if (this.perClass) {
			setUp();
			this.classDir = this.dir;
		}
	}

	@Override
	public void afterAll(ExtensionContext context) throws IOException {
		if (this.perClass) {
			this.dir = this.classDir;
			tearDown();
		}
	}

	@Override
	public void beforeEach(ExtensionContext context) throws IOException {
		if (!this.perClass) {
			setUp();
		}
		else if (this.snapshotDatabase != null) {
			this.dir = Files.createTempDirectory("delist-run");
			copy(this.classDir, this.dir);
			this.jobs = this.dir.resolve("jobs");
			this.database = TestDatabase.copyOf(this.snapshotDatabase);
			for (Map.Entry<WireMockServer, List<StubMapping>> stubs : this.snapshotStubs.entrySet()) {
				stubs.getKey().resetAll();
				stubs.getValue().forEach(stubs.getKey()::addStubMapping);
			}
		}
	}

	@Override
	public void afterEach(ExtensionContext context) throws IOException {
		if (!this.perClass) {
			tearDown();
		}
		else if (this.snapshotDatabase != null) {
			delete(this.dir);
		}
	}

	private void setUp() throws IOException {
		this.dir = Files.createTempDirectory("delist-run");
		this.database = TestDatabase.newDatabase();
		this.jobs = TestJobs.copyTo(this.dir);
		this.apple = start(this.appleOptions.apply(options().dynamicPort()));
		this.play = start(options().dynamicPort());
		this.galaxy = start(options().dynamicPort());
	}

	private void tearDown() throws IOException {
		for (WireMockServer server : servers()) {
			if (server != null) {
				server.stop();
			}
		}
		if (this.dir != null) {
			delete(this.dir);
		}
	}

	private List<WireMockServer> servers() {
		return Arrays.asList(this.apple, this.play, this.galaxy);
	}

	/**
	 * delist's command line against this run's stores, database, jobs and reports; {@code extra} settings are
	 * added, replacing the default of the same key.
	 */
	public Cli cli(String... extra) {
		return new Cli(settings().toArray(String[]::new)).with(extra);
	}

	/** The {@code --key=value} settings of {@link #cli}, for starting delist another way (e.g. serve). */
	public List<String> settings() {
		return List.of("--spring.datasource.url=" + this.database, "--delist.jobs.dir=" + this.jobs,
				"--delist.report.dir=" + reports(), "--delist.stores.apple.base-url=" + this.apple.baseUrl(),
				"--delist.stores.google-play.base-url=" + this.play.baseUrl(),
				"--delist.stores.galaxy-store.base-url=" + this.galaxy.baseUrl(),
				"--delist.stores.apple.requests-per-minute=60000", "--delist.stores.google-play.requests-per-minute=60000",
				"--delist.stores.galaxy-store.requests-per-minute=60000", "--delist.http.initial-backoff=5ms");
	}

	/** Replaces the test job's {@code nightly.yaml}; @return the jobs directory */
	public Path nightly(String yaml) throws IOException {
		Files.writeString(this.jobs.resolve("nightly.yaml"), yaml);
		return this.jobs;
	}

	/**
	 * The screening most whole-run tests start from: the nightly job over Apple in {@code us} by identifiers and
	 * search, Apple listing the test list's banned app ({@link AppleResponses#BANNED_APP}, found by its id) and,
	 * searched for its title, a clone by another developer (333333333) called {@code cloneTitle}; any other search
	 * finds nothing.
	 *
	 * @return the jobs directory
	 */
	public Path bannedAppAndClone(String cloneTitle) throws IOException {
		Path jobs = nightly("""
				name: nightly
				stores:
				  apple:
				    countries: [us]
				    discovery: [identifiers, search]
				""");
		this.apple.stubFor(get(urlPathEqualTo("/lookup")).willReturn(okJson(AppleResponses.results(
				AppleResponses.BANNED_APP))));
		clone(cloneTitle);
		return jobs;
	}

	/**
	 * Apple's search: the clone of {@link #bannedAppAndClone} for its title ("Banned App"), called
	 * {@code cloneTitle} (a test may rename it between runs), nothing for any other term.
	 */
	public void clone(String cloneTitle) {
		this.apple.stubFor(get(urlPathEqualTo("/search")).willReturn(okJson(AppleResponses.none())));
		this.apple.stubFor(get(urlPathEqualTo("/search")).withQueryParam("term", equalTo("Banned App"))
			.willReturn(okJson(AppleResponses.results(
					AppleResponses.app(333333333L, "com.clone.banned", cloneTitle, "Clone Maker", "Clone Ltd")))));
	}

	/** A directory of the test's own, deleted after it. */
	public Path dir() {
		return this.dir;
	}

	/** The JDBC URL of the test's database. */
	public String database() {
		return this.database;
	}

	/** The first column of each row a query returns on the test's database, as text. */
	public List<String> query(String sql) throws SQLException {
		List<String> values = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(this.database);
				ResultSet rows = connection.createStatement().executeQuery(sql)) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}

	/** {@code delist.jobs.dir}: a copy of the test jobs the test may change. */
	public Path jobs() {
		return this.jobs;
	}

	/** {@code delist.report.dir}. */
	public Path reports() {
		return this.dir.resolve("reports");
	}

	public WireMockServer apple() {
		return this.apple;
	}

	public WireMockServer play() {
		return this.play;
	}

	public WireMockServer galaxy() {
		return this.galaxy;
	}

	private static WireMockServer start(WireMockConfiguration options) {
		WireMockServer server = new WireMockServer(options);
		server.start();
		return server;
	}

	private static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.toList()) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(file, target);
				}
			}
		}
	}

	private static void delete(Path dir) throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			files.sorted(Comparator.reverseOrder()).forEach(WholeRun::deleteFile);
		}
	}

	private static void deleteFile(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			// a file a child process still holds: the directory stays in /tmp, the test's result does not change
		}
	}

}
