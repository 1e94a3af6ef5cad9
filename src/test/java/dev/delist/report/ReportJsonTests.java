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
	void shouldCarryTheTakedownFlagAndTheEntrysJurisdiction() throws Exception {
		// given: the listed app in the storefront where the list binds, and in one where it does not
		StoreReport.CandidateInfo c = Reports.candidate(1, "Banned", "Dev", "CONFIRMED", 1.0, "NEW", "in", true);
		StoreReport.Entry entry = new StoreReport.Entry("india-69a-2020-06-29", "tiktok", "TikTok", true, List.of("in"));
		StoreReport.CandidateInfo in = new StoreReport.CandidateInfo("a", "in", c.appId(), c.bundleId(), c.title(),
				c.developerName(), c.developerId(), c.legalName(), c.url(), c.fetchedAt(), c.snapshotSha256(), entry,
				c.tier(), c.score(), c.reasons(), c.change(), null, true);
		StoreReport.CandidateInfo us = new StoreReport.CandidateInfo("b", "us", c.appId(), c.bundleId(), c.title(),
				c.developerName(), c.developerId(), c.legalName(), c.url(), c.fetchedAt(), c.snapshotSha256(), entry,
				c.tier(), c.score(), c.reasons(), c.change(), null, false);

		// when
		String streamed = write(Reports.report(List.of(in, us), true));
		JsonNode json = ReportFiles.JSON.readTree(streamed);

		// then
		assertThat(ReportSchema.violations(streamed)).isEmpty();
		assertThat(json.at("/candidates/0/takedownCandidate").asBoolean()).isTrue();
		assertThat(json.at("/candidates/1/takedownCandidate").asBoolean()).isFalse();
		assertThat(json.at("/candidates/1/entry/jurisdiction").toString()).isEqualTo("[\"in\"]");
		// the schema checks the flag's type, so a writer that got it wrong would fail here
		assertThat(ReportSchema.violations(streamed.replace("\"takedownCandidate\" : false", "\"takedownCandidate\" : \"no\"")))
			.isNotEmpty();
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
