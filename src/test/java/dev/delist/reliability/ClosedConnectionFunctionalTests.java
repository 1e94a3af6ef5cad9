package dev.delist.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.delist.store.http.ClosingHttpServer;
import dev.delist.store.http.ClosingHttpServer.Answer;
import dev.delist.store.http.ClosingHttpServer.Request;
import dev.delist.support.AppleResponses;
import dev.delist.support.Cli;
import dev.delist.support.PlayPages;
import dev.delist.support.TestDatabase;
import dev.delist.support.TestJobs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole runs against stores that close the connection after every answer without {@code Connection: close}, as
 * HTTP/1.0 servers and expiring keep-alives do: each dead pooled connection is replaced unseen, so the run ends
 * COMPLETE and the stores see one request per target, plus one repeat per throttled answer, exactly what the
 * report counts.
 */
class ClosedConnectionFunctionalTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<String> COUNTRIES = List.of("us", "gb", "de", "fr", "jp", "ca", "au", "nz");

	/** Per country: the test list's two app ids and two bundle ids, one lookup each. */
	private static final int APPLE_TARGETS = 4 * COUNTRIES.size();

	private static final int PLAY_TARGETS = COUNTRIES.size();

	@TempDir
	Path dir;

	ClosingHttpServer apple;

	ClosingHttpServer play;

	/** The requests answered with a throttle, which the client must repeat once each. */
	final Set<String> throttled = ConcurrentHashMap.newKeySet();

	@AfterEach
	void tearDown() throws Exception {
		this.apple.close();
		this.play.close();
	}

	@ParameterizedTest(name = "{0} throttled answers first")
	@ValueSource(ints = { 0, 3 })
	void shouldCompleteWithOneRequestPerTargetPlusTheThrottledRepeats(int throttles) throws Exception {
		// given: Apple throttles its first answers with its empty 403, Google Play with 429s whose Retry-After
		// dates (already past) come in RFC 850 and asctime form
		this.apple = new ClosingHttpServer(throttleFirst(throttles, (n) -> Answer.of(403, ""),
				ClosedConnectionFunctionalTests::appleAnswer));
		Function<Request, Answer> details = throttleFirst(throttles,
				(n) -> Answer.of(429, "").withHeader("Retry-After",
						(n % 2 == 0) ? "Sunday, 06-Nov-94 08:49:37 GMT" : "Sun Nov  6 08:49:37 1994"),
				(request) -> Answer.of(200, PlayPages.details("com.example.banned.android")));
		this.play = new ClosingHttpServer((request) -> request.path().equals("/robots.txt")
				? Answer.of(200, "User-agent: *\nAllow: /\n") : details.apply(request));
		String database = TestDatabase.newDatabase();
		Cli cli = cli(database);

		// when
		Cli.Result result = cli.run("run", "--date", "2026-11-29");

		// then: a complete run
		assertThat(result.exitCode()).as(result.toString()).isZero();
		JsonNode summary = summary();
		assertThat(summary.at("/status").asString()).isEqualTo("COMPLETE");
		assertNoTargetFailed(database);
		// Apple saw each lookup once, and each throttled one once more
		Map<String, Long> appleSeen = seen(this.apple);
		assertThat(appleSeen).hasSize(APPLE_TARGETS);
		assertThat(this.apple.requests()).hasSize(APPLE_TARGETS + throttles);
		assertThat(twice(appleSeen)).containsExactlyInAnyOrderElementsOf(throttledOn("/lookup"));
		// Google Play saw robots.txt once, each details page once, and each throttled one once more
		Map<String, Long> playSeen = seen(this.play);
		assertThat(playSeen).hasSize(1 + PLAY_TARGETS).containsEntry("/robots.txt", 1L);
		assertThat(this.play.requests()).hasSize(1 + PLAY_TARGETS + throttles);
		assertThat(twice(playSeen)).containsExactlyInAnyOrderElementsOf(throttledOn("/store/apps/details"));
		// and the report counts exactly the requests the stores saw: no dead connection cost an attempt
		assertThat(summary.at("/stores/apple/health/requests").asLong()).isEqualTo(this.apple.requests().size());
		assertThat(summary.at("/stores/google-play/health/requests").asLong()).isEqualTo(this.play.requests().size());
	}

	/**
	 * Answers the first {@code count} targets asked for with {@code throttle} (numbered from 0), once each, and
	 * everything else normally.
	 */
	private Function<Request, Answer> throttleFirst(int count, Function<Integer, Answer> throttle,
			Function<Request, Answer> normal) {
		Set<String> mine = new HashSet<>();
		return (request) -> {
			synchronized (mine) {
				if (mine.size() < count && mine.add(request.target())) {
					this.throttled.add(request.target());
					return throttle.apply(mine.size() - 1);
				}
			}
			return normal.apply(request);
		};
	}

	private static Answer appleAnswer(Request request) {
		boolean banned = request.target().contains("id=111111111") || request.target().contains("=com.example.banned&");
		return Answer.json(banned ? AppleResponses.results(AppleResponses.BANNED_APP) : AppleResponses.none());
	}

	private Cli cli(String database) throws Exception {
		String countries = String.join(", ", COUNTRIES);
		Path jobs = TestJobs.copyTo(this.dir, """
				name: nightly
				stores:
				  apple:
				    countries: [%s]
				    lookupBatchSize: 1
				    discovery: [identifiers]
				  google-play:
				    countries: [%s]
				    discovery: [identifiers]
				""".formatted(countries, countries));
		// two attempts: a dead connection that cost one would leave a throttled request none to succeed with
		return new Cli("--spring.datasource.url=" + database, "--delist.jobs.dir=" + jobs,
				"--delist.report.dir=" + this.dir.resolve("reports"),
				"--delist.stores.apple.base-url=" + this.apple.baseUrl(),
				"--delist.stores.google-play.base-url=" + this.play.baseUrl(),
				"--delist.stores.apple.requests-per-minute=60000", "--delist.stores.google-play.requests-per-minute=60000",
				"--delist.http.max-attempts=2", "--delist.http.initial-backoff=10ms", "--delist.http.max-backoff=5s",
				"--delist.http.read-timeout=3s");
	}

	private static Map<String, Long> seen(ClosingHttpServer server) {
		return server.requests()
			.stream()
			.collect(Collectors.groupingBy(Request::target, Collectors.counting()));
	}

	private static Set<String> twice(Map<String, Long> seen) {
		return seen.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() == 2)
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
	}

	private Set<String> throttledOn(String path) {
		return this.throttled.stream().filter((target) -> target.startsWith(path + "?")).collect(Collectors.toSet());
	}

	private JsonNode summary() throws Exception {
		try (Stream<Path> runs = Files.list(this.dir.resolve("reports/2026-11-29"))) {
			return JSON.readTree(runs.findFirst().orElseThrow().resolve("summary.json").toFile());
		}
	}

	private static void assertNoTargetFailed(String database) throws Exception {
		try (Connection connection = DriverManager.getConnection(database);
				ResultSet outcomes = connection.createStatement()
					.executeQuery("SELECT coalesce(outcome, 'PENDING') AS outcome, count(*) FROM fetch_target "
							+ "GROUP BY 1 ORDER BY 1")) {
			Map<String, Long> counts = new TreeMap<>();
			while (outcomes.next()) {
				counts.put(outcomes.getString(1), outcomes.getLong(2));
			}
			// the banned app is found by id and bundle id in every storefront, the other app nowhere
			assertThat(counts).isEqualTo(Map.of("FETCHED", (long) (2 + 1) * COUNTRIES.size(), "NOT_FOUND",
					(long) 2 * COUNTRIES.size()));
		}
	}

}
