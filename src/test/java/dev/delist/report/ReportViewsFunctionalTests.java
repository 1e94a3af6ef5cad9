package dev.delist.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.delist.support.AppleResponses;
import dev.delist.support.Cli;
import dev.delist.support.WholeRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** The reviewer views (sql/R__reviewer_views.sql), queried as a reviewer would after runs through the command line. */
class ReportViewsFunctionalTests {

	/** gb answers nothing but the canary, which proves the store answered there. */
	private static final String JOB = """
			name: nightly
			stores:
			  apple:
			    countries: [us, gb]
			    discovery: [identifiers]
			    canary: "%s"
			""".formatted(AppleResponses.CANARY_ID);

	@RegisterExtension
	final WholeRun run = new WholeRun();

	Path dir;

	WireMockServer apple;

	Cli cli;

	JdbcTemplate jdbc;

	@BeforeEach
	void setUp() throws Exception {
		this.dir = this.run.dir();
		this.apple = this.run.apple();
		String url = this.run.database();
		this.jdbc = new JdbcTemplate(ReportDb.dataSource(url));
		this.run.nightly(JOB);
		this.cli = this.run.cli();
	}

	@Test
	void shouldShowTheOpenQueueAndAListingsHistoryAcrossRuns() {
		// given two runs; between them the banned app's title changed
		stubApple("Banned App");
		assertThat(this.cli.run("run", "--date", "2026-11-28").exitCode()).isZero();
		stubApple("Banned App Pro");
		assertThat(this.cli.run("run", "--date", "2026-11-29").exitCode()).isZero();

		// when
		List<Map<String, Object>> open = this.jdbc.queryForList(
				"SELECT store, job_name, run_date::text AS run_date, report_status, app_id, tier, title FROM open_candidates");
		List<Map<String, Object>> history = this.jdbc.queryForList("""
				SELECT run_date::text AS run_date, job_execution_id, tier, title, evidence_changed, first_match
				FROM listing_history WHERE store = 'apple' AND country = 'us' AND app_id = '111111111'
				ORDER BY job_instance_id""");
		List<Map<String, Object>> overview = this.jdbc.queryForList("""
				SELECT run_date::text AS run_date, status, gate, targets, takedown_candidates, confirmed, not_in_force
				FROM run_overview ORDER BY job_instance_id""");

		// then
		assertThat(open).singleElement().satisfies((row) -> assertThat(row).containsEntry("store", "apple")
			.containsEntry("job_name", "nightly")
			.containsEntry("run_date", "2026-11-29")
			.containsEntry("report_status", "COMPLETE")
			.containsEntry("app_id", "111111111")
			.containsEntry("tier", "CONFIRMED")
			.containsEntry("title", "Banned App Pro"));
		assertThat(history).hasSize(2);
		assertThat(history.get(0)).containsEntry("run_date", "2026-11-28")
			.containsEntry("title", "Banned App")
			.containsEntry("evidence_changed", false)
			.containsEntry("first_match", true);
		assertThat(history.get(1)).containsEntry("run_date", "2026-11-29")
			.containsEntry("evidence_changed", true)
			.containsEntry("first_match", false);
		assertThat((Long) history.get(1).get("job_execution_id")).isGreaterThan((Long) history.get(0).get("job_execution_id"));
		assertThat(overview).hasSize(2).allSatisfy((row) -> assertThat(row).containsEntry("status", "COMPLETE")
			.containsEntry("gate", "PASSED")
			.containsEntry("targets", 10L) // four identifiers and the canary, in us and gb
			.containsEntry("takedown_candidates", 1L)
			.containsEntry("confirmed", 1L)
			.containsEntry("not_in_force", 0L));
	}

	@Test
	void shouldDefineTheViewsInTheRepeatableMigrationWithSuppressedCandidatesApart() {
		// given: a run, then a reviewer's DISMISSED decision in force on its candidate
		stubApple("Banned App");
		assertThat(this.cli.run("run", "--date", "2026-11-29").exitCode()).isZero();
		this.jdbc.update("UPDATE candidate SET suppressed = true");

		// when
		List<Map<String, Object>> open = this.jdbc.queryForList("SELECT app_id FROM open_candidates");
		Map<String, Object> overview = this.jdbc
			.queryForMap("SELECT takedown_candidates, confirmed, suppressed FROM run_overview");
		List<Map<String, Object>> migrations = this.jdbc.queryForList(
				"SELECT version, description, success FROM flyway_schema_history WHERE script LIKE 'R\\_\\_%'");

		// then: the current definitions (V8's), created by sql/R__reviewer_views.sql on a fresh database
		assertThat(open).isEmpty();
		assertThat(overview).containsEntry("takedown_candidates", 0L)
			.containsEntry("confirmed", 0L)
			.containsEntry("suppressed", 1L);
		assertThat(migrations).singleElement()
			.satisfies((row) -> assertThat(row).containsEntry("version", null)
				.containsEntry("description", "reviewer views")
				.containsEntry("success", true));
	}

	private void stubApple(String title) {
		this.apple.resetAll();
		AppleResponses.stubCanary(this.apple);
		String banned = AppleResponses.app(111111111L, "com.example.banned", title, "Example Dev",
				"Example Holdings Co., Ltd.");
		this.apple.stubFor(get(urlPathEqualTo("/lookup")).willReturn(okJson(AppleResponses.none())));
		this.apple.stubFor(get(urlPathEqualTo("/lookup")).withQueryParam("country", equalTo("us"))
			.withQueryParam("id", equalTo("111111111,222222222"))
			.willReturn(okJson(AppleResponses.results(banned))));
		this.apple.stubFor(get(urlPathEqualTo("/lookup")).withQueryParam("country", equalTo("us"))
			.withQueryParam("bundleId", equalTo("com.example.banned,com.example.other"))
			.willReturn(okJson(AppleResponses.results(banned))));
	}

}
