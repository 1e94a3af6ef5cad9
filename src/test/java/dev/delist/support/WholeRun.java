package dev.delist.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

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
 */
public final class WholeRun implements BeforeEachCallback, AfterEachCallback {

	private UnaryOperator<WireMockConfiguration> appleOptions = UnaryOperator.identity();

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

	@Override
	public void beforeEach(ExtensionContext context) throws IOException {
		this.dir = Files.createTempDirectory("delist-run");
		this.database = TestDatabase.newDatabase();
		this.jobs = TestJobs.copyTo(this.dir);
		this.apple = start(this.appleOptions.apply(options().dynamicPort()));
		this.play = start(options().dynamicPort());
		this.galaxy = start(options().dynamicPort());
	}

	@Override
	public void afterEach(ExtensionContext context) throws IOException {
		for (WireMockServer server : new WireMockServer[] { this.apple, this.play, this.galaxy }) {
			if (server != null) {
				server.stop();
			}
		}
		if (this.dir != null) {
			try (Stream<Path> files = Files.walk(this.dir)) {
				files.sorted(Comparator.reverseOrder()).forEach(WholeRun::delete);
			}
		}
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

	/** A directory of the test's own, deleted after it. */
	public Path dir() {
		return this.dir;
	}

	/** The JDBC URL of the test's database. */
	public String database() {
		return this.database;
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

	private static void delete(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			// a file a child process still holds: the directory stays in /tmp, the test's result does not change
		}
	}

}
