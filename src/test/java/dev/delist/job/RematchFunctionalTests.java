package dev.delist.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.delist.support.AppleResponses;
import dev.delist.support.Cli;
import dev.delist.support.WholeRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code rematch}: a stored run re-matched with changed lists, without a single store request. */
class RematchFunctionalTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@RegisterExtension
	final WholeRun run = new WholeRun();

	Path dir;

	WireMockServer apple;

	Path jobs;

	Cli cli;

	@BeforeEach
	void setUp() throws Exception {
		this.dir = this.run.dir();
		this.apple = this.run.apple();
		this.jobs = this.run.bannedAppAndClone(AppleResponses.CLONE_TITLE);
		this.cli = this.run.cli();
	}

	@Test
	void shouldRematchStoredListingsWithTheCurrentListsWithoutAskingTheStore() throws Exception {
		// given: a run, then a list change that names the clone the run's search found
		assertThat(this.cli.run("run", "--date", "2026-11-29").exitCode()).isZero();
		Path list = this.jobs.resolve("lists/test-apps.yaml");
		Files.writeString(list, Files.readString(list).replace("version: \"1\"", "version: \"2\"") + """
				  - id: clone-app
				    name: Clone App
				    identifiers:
				      - { type: bundle-id, value: com.clone.banned, confidence: high, source: reviewer finding }
				""");
		this.apple.resetRequests();

		// when
		Cli.Result rematch = this.cli.run("rematch", "1");

		// then: a new run and report, with the clone as a new candidate, and not one store request
		assertThat(rematch.exitCode()).as(rematch.toString()).isZero();
		assertThat(this.apple.getAllServeEvents()).isEmpty();
		JsonNode report = report(2);
		assertThat(report.at("/run/previousExecutionId").asLong()).isEqualTo(1);
		assertThat(report.at("/health/requests").asLong()).isZero();
		assertThat(report.at("/lists/0/version").asString()).isEqualTo("2");
		List<String> matches = new java.util.ArrayList<>();
		for (JsonNode candidate : report.get("candidates")) {
			String entry = candidate.at("/entry/entryId").asString();
			matches.add(candidate.get("appId").asString() + " " + entry + " " + candidate.get("change").asString());
		}
		// the clone is now CONFIRMED by its listed bundle id; what run 1 already saw is unchanged
		assertThat(matches).contains("111111111 banned-app UNCHANGED", "333333333 clone-app NEW")
			.allSatisfy((match) -> assertThat(match).matches(".* (UNCHANGED|clone-app NEW)"));
	}

	@Test
	void shouldRematchOnTheSourceRunsPlannedStoresAndCountriesWhateverTheJobFileSaysNow() throws Exception {
		// given: a run over us, then a job file that names other countries and a store the run never planned
		assertThat(this.cli.run("run", "--date", "2026-11-29").exitCode()).isZero();
		Files.writeString(this.jobs.resolve("nightly.yaml"), """
				name: nightly
				stores:
				  apple:
				    countries: [de, fr]
				  google-play:
				    countries: [de]
				""");

		// when
		Cli.Result rematch = this.cli.run("rematch", "1");

		// then: the rematch reports what the source run planned, nothing more
		assertThat(rematch.exitCode()).as(rematch.toString()).isZero();
		JsonNode report = report(2);
		assertThat(report.at("/run/countries").valueStream().map(JsonNode::asString).toList()).containsExactly("us");
		assertThat(this.dir.resolve("reports/2026-11-29/run-2/google-play")).doesNotExist();
	}

	@Test
	void shouldRefuseToRematchAnExecutionThatDoesNotExist() {
		Cli.Result result = this.cli.run("rematch", "7");

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.err().strip()).isEqualTo("delist: rematch: there is no execution 7 (see: delist status)");
	}

	private JsonNode report(long execution) throws Exception {
		try (Stream<Path> runs = Files.list(this.dir.resolve("reports/2026-11-29"))) {
			List<Path> dirs = runs.filter((run) -> run.getFileName().toString().equals("run-" + execution)).toList();
			assertThat(dirs).hasSize(1);
			return JSON.readTree(dirs.get(0).resolve("apple/report.json").toFile());
		}
	}

}
