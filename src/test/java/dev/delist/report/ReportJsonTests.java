package dev.delist.report;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import dev.delist.support.ReportSchema;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** report.json written as a stream: the very bytes a whole {@link StoreReport} would give, and valid. */
class ReportJsonTests {

	@Test
	void shouldStreamExactlyWhatTheWholeReportSerialisesTo() throws Exception {
		// given
		StoreReport report = Reports.report(Reports.hostile(), false);

		// when
		String streamed = write(report);

		// then
		assertThat(streamed).isEqualTo(ReportFiles.JSON.writeValueAsString(report));
		assertThat(ReportSchema.violations(streamed)).isEmpty();
	}

	@Test
	void shouldKeepHostileTitlesAsDataAndStayValid() throws Exception {
		// given
		List<StoreReport.CandidateInfo> candidates = new ArrayList<>(Reports.hostile());
		candidates.add(Reports.candidate(99, "not in force", "dev", "LIKELY", 0.7, "NEW", "us", false));
		StoreReport report = Reports.report(candidates, true);

		// when
		JsonNode json = ReportFiles.JSON.readTree(write(report));

		// then
		assertThat(ReportSchema.violations(json.toString())).isEmpty();
		assertThat(json.get("candidates").findValuesAsString("title")).containsAll(Reports.HOSTILE);
		assertThat(json.get("candidates").findValuesAsString("developerName")).containsAll(Reports.HOSTILE);
		assertThat(json.get("candidates")).hasSize(Reports.HOSTILE.size() + 1);
		assertThat(json.get("resolved").get(0).get("why").asString()).isEqualTo("DELISTED");
	}

	@Test
	void shouldSayWhatTheGalaxyStoreAnsweredWhenItTookAListingDown() throws Exception {
		// given: a Galaxy Store report with one listing the store suspended and one merely gone
		StoreReport base = Reports.report(List.of(), true);
		StoreReport report = new StoreReport(base.schemaVersion(), "galaxy-store", base.run(), base.lists(),
				base.health(), List.of(),
				List.of(new StoreReport.Resolved("in", "com.example.banned.android", "test-apps", "banned-app", 41L,
						"DELISTED", "suspended or terminated by the store in the IND storefront (errCode 9901)"),
						new StoreReport.Resolved("us", "com.example.gone", "test-apps", "banned-app", 41L, "DELISTED")),
				0);

		// when
		String streamed = write(report);

		// then: valid, and the removal is said only where the store said it
		assertThat(ReportSchema.violations(streamed)).isEmpty();
		JsonNode resolved = ReportFiles.JSON.readTree(streamed).get("resolved");
		assertThat(resolved.get(0).get("removal").asString()).contains("errCode 9901");
		assertThat(resolved.get(1).has("removal")).isFalse();
		assertThat(streamed).isEqualTo(ReportFiles.JSON.writeValueAsString(report));
	}

	@Test
	void shouldWriteAnEmptyReport() throws Exception {
		StoreReport report = Reports.report(List.of(), false);
		String streamed = write(report);
		assertThat(streamed).isEqualTo(ReportFiles.JSON.writeValueAsString(report));
		assertThat(ReportSchema.violations(streamed)).isEmpty();
	}

	private static String write(StoreReport report) throws Exception {
		StringWriter out = new StringWriter();
		JsonReportWriter.write(ReportHead.of(report, List.of()), ReportRows.of(report), out);
		return out.toString();
	}

}
