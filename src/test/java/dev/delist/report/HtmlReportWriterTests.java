package dev.delist.report;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** report.html and its page files: escaped, self-contained, and paged so 100,000 rows stay readable. */
class HtmlReportWriterTests {

	@org.junit.jupiter.params.ParameterizedTest(name = "{0} to {1}: {2}")
	@org.junit.jupiter.params.provider.CsvSource(nullValues = "null", textBlock = """
			2021-02-19, 2021-06-09, 2021-02-19 to 2021-06-09
			2025-01-19, null,       from 2025-01-19
			null,       null,       never in force
			""")
	void shouldSayWhenAListWasInForce(String from, String until, String shown) {
		StoreReport.ListInfo list = new StoreReport.ListInfo("l", "1", "0".repeat(64), "A", null, "in-force", from, until,
				true);

		assertThat(HtmlReportWriter.effective(list)).isEqualTo(shown);
	}

	@TempDir
	Path dir;

	@Test
	void shouldShowHostileTitlesAndNamesAsTextOnly() throws Exception {
		// when
		Document page = write(Reports.report(Reports.hostile(), true), 1000);

		// then the only script is ours, nothing carries an event handler, and no element came from a title
		assertThat(page.select("script")).hasSize(1);
		assertThat(page.select("script").first().data()).isEqualTo(HtmlAssets.SCRIPT);
		assertThat(page.select("img, iframe, object, embed, link, base")).isEmpty();
		assertThat(page.getAllElements()).allSatisfy((element) -> element.attributes()
			.forEach((attribute) -> assertThat(attribute.getKey()).doesNotStartWith("on")));
		assertThat(page.select("#candidates-table td.title b, #candidates-table dd b")).isEmpty();
		List<String> titles = page.select("#candidates-table td.title a bdi").eachText();
		assertThat(titles).hasSize(Reports.HOSTILE.size())
			.contains("<script>window.__pwned=1</script>", "\"><img src=x onerror=\"window.__pwned=1\">",
					"=HYPERLINK(\"http://evil.example\",\"click\")", "</td></tr></table><b>broken out</b>",
					"x".repeat(10_000), "nul\uFFFDbyte");
		assertThat(page.select("#candidates-table tbody tr")).hasSize(Reports.HOSTILE.size());
		// a right-to-left override stays inside its own isolated run
		Element rtl = page.select("bdi:containsOwn(to-left override)").first();
		assertThat(rtl).isNotNull();
		assertThat(rtl.text()).contains("\u202E");
		assertThat(Files.readString(this.dir.resolve("report.html"))).doesNotContain("\u0000");
	}

	@Test
	void shouldFetchNothingAndPinItsOnlyScriptInTheContentSecurityPolicy() throws Exception {
		// given a listing whose URL is not http(s)
		StoreReport.CandidateInfo c = Reports.candidate(1, "evil link", "d", "LIKELY", 0.8, "NEW", "us", true);
		StoreReport.CandidateInfo js = new StoreReport.CandidateInfo(c.id(), c.country(), c.appId(), c.bundleId(),
				c.title(), c.developerName(), c.developerId(), c.legalName(), "javascript:window.__pwned=1",
				c.fetchedAt(), c.snapshotSha256(), c.entry(), c.tier(), c.score(), c.reasons(), c.change(),
				c.firstSeenExecutionId());

		// when
		Document page = write(Reports.report(List.of(js), true), 1000);

		// then
		String csp = page.select("meta[http-equiv=Content-Security-Policy]").attr("content");
		String hash = Base64.getEncoder()
			.encodeToString(MessageDigest.getInstance("SHA-256").digest(HtmlAssets.SCRIPT.getBytes("UTF-8")));
		assertThat(csp).startsWith("default-src 'none';").contains("script-src 'sha256-" + hash + "'")
			.doesNotContain("unsafe-eval", "script-src 'unsafe-inline'", "http");
		assertThat(page.select("[src]")).isEmpty();
		assertThat(page.select("a[href]").eachAttr("href")).allSatisfy((href) -> assertThat(href)
			.matches("^(#|report\\.html|candidates-|not-in-force-|https?://).*"));
		assertThat(page.select("a[href^=javascript]")).isEmpty();
		assertThat(page.select("td.title").text()).contains("evil link");
	}

	@Test
	void shouldOpenWithTheListsLegalStatusAndAnIncompleteBannerWithItsReasons() throws Exception {
		// when
		Document page = write(Reports.report(Reports.hostile(), false), 1000);

		// then
		Element banner = page.select(".incomplete[role=alert]").first();
		assertThat(banner).isNotNull();
		assertThat(banner.text()).contains("INCOMPLETE: do not read this report as \"nothing found\"",
				"3 of 10 targets could not be checked <script>x</script>");
		assertThat(page.select("h2").eachText()).first().asString().startsWith("INCOMPLETE");
		assertThat(page.select("table.lists td").eachText()).contains("test-apps", "Executive Order 13971",
				"86 FR 1249", "revoked", "no");
		assertThat(page.select("table.resolved td").eachText()).contains("DELISTED", "test-apps/entry-1");
		Element row = page.select("#candidates-table tbody tr").first();
		assertThat(row.select("a").attr("href")).startsWith("https://apps.apple.com/us/app/id");
		assertThat(row.text()).contains("app id", "bundle id", "developer id", "legal name", "STORE_ID",
				"the listing's id is the list's id");
	}

	@Test
	void shouldContinueLongTablesOnStaticPagesEachWithTheBanner() throws Exception {
		// given 5 takedown candidates and 3 not in force, 2 rows a page
		List<StoreReport.CandidateInfo> candidates = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			candidates.add(Reports.candidate(i, "App " + i, "Dev", "LIKELY", 0.9 - i / 100.0, "NEW", "us", i < 5));
		}
		StoreReport report = Reports.report(candidates, false);

		// when
		List<String> files = HtmlReportWriter.write(ReportHead.of(report, Reports.history()), ReportRows.of(report),
				this.dir, 2);

		// then
		assertThat(files).containsExactly("report.html", "candidates-2.html", "candidates-3.html",
				"not-in-force-2.html");
		Document first = Jsoup.parse(this.dir.resolve("report.html"));
		assertThat(first.select("#candidates-table tbody tr")).hasSize(2);
		assertThat(first.select("#not-in-force-table tbody tr")).hasSize(2);
		assertThat(first.select("nav.pages a").eachAttr("href")).contains("candidates-2.html", "candidates-3.html",
				"not-in-force-2.html");
		Document third = Jsoup.parse(this.dir.resolve("candidates-3.html"));
		assertThat(third.select("#candidates-table td.title a bdi").eachText()).containsExactly("App 4");
		assertThat(third.select(".incomplete[role=alert]")).hasSize(1);
		assertThat(third.select("h1").text()).contains("page 3 of 3");
		assertThat(third.select("nav.pages a").eachAttr("href")).contains("report.html#candidates",
				"candidates-2.html");
		assertThat(third.select("meta[http-equiv=Content-Security-Policy]")).hasSize(1);
		assertThat(third.select("script")).hasSize(1);
		assertThat(Jsoup.parse(this.dir.resolve("not-in-force-2.html")).select("td.title a bdi").eachText())
			.containsExactly("App 7");
		try (var listing = Files.list(this.dir)) {
			assertThat(listing.map((p) -> p.getFileName().toString())).noneMatch((name) -> name.endsWith(".partial"));
		}
	}

	@Test
	void shouldShowOneRowPerAppAndEntryWithItsStorefrontsTogether() throws Exception {
		// given: one app matched in seven storefronts (in force, binding in all of them) and another in one
		List<StoreReport.CandidateInfo> candidates = new ArrayList<>();
		List<String> storefronts = List.of("us", "gb", "in", "cn", "jp", "de", "fr");
		for (String country : storefronts) {
			candidates.add(binding(Reports.candidate(1, "Banned", "Dev", "CONFIRMED", 1.0, "NEW", country, true),
					storefronts, true));
		}
		candidates.add(binding(Reports.candidate(2, "Clone", "Other", "POSSIBLE", 0.5, "NEW", "in", true), storefronts,
				false));
		StoreReport report = Reports.report(candidates, true);

		// when
		Document page = write(report, 1000);

		// then: one takedown row naming the seven storefronts, strongest first; the clone is for review
		assertThat(page.select("#candidates-table tbody tr")).singleElement().satisfies((row) -> {
			assertThat(row.select("td.storefronts").text()).isEqualTo("cn, de, fr, gb, in, jp, us");
			assertThat(row.attr("data-country")).isEqualTo("cn de fr gb in jp us");
		});
		assertThat(page.select("h2").eachText()).contains("Takedown candidates (1 apps and entries, 7 storefront matches)",
				"Matches for review (1)");
		assertThat(page.select("#review-table td.title a bdi").eachText()).containsExactly("Clone");
		assertThat(page.select("table.storefronts tbody tr").eachText()).contains("in 1 1 0 0", "us 1 0 0 0");
		// CSV stays one row per storefront, for tools
		StringWriter csv = new StringWriter();
		CsvReportWriter.write(ReportHead.of(report, List.of()), ReportRows.of(report), csv);
		assertThat(csv.toString().split("\r\n")).hasSize(1 + 8);
	}

	@Test
	void shouldSayWhereAListBindsAndWhenItsEntriesAreIncomplete() throws Exception {
		StoreReport base = Reports.report(List.of(), true);
		StoreReport.ListInfo partial = new StoreReport.ListInfo("india-69a-2022-02-14", "1", "c".repeat(64), "MeitY",
				null, "in-force", "2022-02-14", null, true, List.of("in"), false);
		StoreReport report = new StoreReport(base.schemaVersion(), base.store(), base.run(), List.of(partial),
				base.health(), List.of(), List.of(), 0);

		Document page = write(report, 1000);

		assertThat(page.select("table.lists tbody td").eachText()).contains("in")
			.anySatisfy((cell) -> assertThat(cell).startsWith("incomplete: only the entries that are public"));
	}

	private static StoreReport.CandidateInfo binding(StoreReport.CandidateInfo c, List<String> jurisdiction,
			boolean takedown) {
		return new StoreReport.CandidateInfo(c.id() + c.country(), c.country(), c.appId(), c.bundleId(), c.title(),
				c.developerName(), c.developerId(), c.legalName(), c.url(), c.fetchedAt(), c.snapshotSha256(),
				new StoreReport.Entry(c.entry().listId(), c.entry().entryId(), c.entry().name(), c.entry().inForce(),
						jurisdiction),
				c.tier(), c.score(), c.reasons(), c.change(), c.firstSeenExecutionId(), takedown);
	}

	@Test
	void shouldChartTheTiersOfRecentRunsAsInlineSvg() throws Exception {
		// when
		Document page = write(Reports.report(Reports.hostile(), true), 1000);

		// then one polyline per tier through the three runs, a legend with this run's counts, no external refs
		Element svg = page.select("svg.chart").first();
		assertThat(svg).isNotNull();
		assertThat(svg.select("polyline")).hasSize(3)
			.allSatisfy((line) -> assertThat(line.attr("points").split(" ")).hasSize(3));
		assertThat(svg.select("text").eachText()).contains("CONFIRMED 5", "LIKELY 4", "POSSIBLE 0", "2026-11-27",
				"2026-11-29", "5");
		assertThat(svg.select("circle title").eachText()).contains("CONFIRMED: 4 in execution 41 (2026-11-28, COMPLETE)");
		assertThat(svg.attr("aria-label")).contains("CONFIRMED 5");
		assertThat(svg.select("[href], [xlink:href], image, use, foreignObject")).isEmpty();
	}

	private Document write(StoreReport report, int pageSize) throws Exception {
		HtmlReportWriter.write(ReportHead.of(report, Reports.history()), ReportRows.of(report), this.dir, pageSize);
		return Jsoup.parse(this.dir.resolve("report.html"));
	}

}
