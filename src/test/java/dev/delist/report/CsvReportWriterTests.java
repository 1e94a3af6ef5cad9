package dev.delist.report;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** candidates.csv: RFC 4180, one row per candidate, and no cell a spreadsheet would evaluate. */
class CsvReportWriterTests {

	@Test
	void shouldWriteAHeaderAndOneQuotedRowPerCandidate() throws Exception {
		// given
		StoreReport report = Reports.report(Reports.hostile(), true);

		// when
		String csv = write(report);

		// then every record ends in CRLF and parses back to 23 cells
		List<List<String>> rows = parse(csv);
		assertThat(csv).endsWith("\r\n");
		assertThat(rows).hasSize(Reports.HOSTILE.size() + 1);
		assertThat(rows.get(0)).startsWith("id", "tier", "score", "takedownCandidate", "change", "store", "country",
				"appId");
		assertThat(rows).allSatisfy((row) -> assertThat(row).hasSize(23));
		assertThat(rows.get(0).subList(20, 23)).containsExactly("reportStatus", "entryJurisdiction", "entryInForce");
		List<String> first = rows.get(1);
		assertThat(first.get(0)).isEqualTo("c0");
		assertThat(first.get(17)).startsWith("STORE_ID appId=100000000 ~ 100000000 (1.0): the listing's id");
		assertThat(first.get(20)).isEqualTo("COMPLETE");
	}

	@Test
	void shouldNeutraliseEveryCellThatStartsLikeAFormula() throws Exception {
		// when
		List<List<String>> rows = parse(write(Reports.report(Reports.hostile(), true)));

		// then titles (column 9) and developer names (10) start with a quote wherever they started with a trigger
		for (List<String> row : rows.subList(1, rows.size())) {
			for (String cell : row) {
				assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
					.doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r").doesNotContain("\u0000");
			}
		}
		List<String> titles = rows.stream().skip(1).map((row) -> row.get(9)).toList();
		assertThat(titles).contains("'=HYPERLINK(\"http://evil.example\",\"click\")", "'@SUM(1+1)*cmd|' /C calc'!A0",
				"'+1+1", "'-2+3", "'\tTab first", "'\rCarriage return first", "nul\uFFFDbyte", "x".repeat(10_000),
				"微信支付 WeChat Pay", "<script>window.__pwned=1</script>");
		assertThat(rows.stream().skip(1).map((row) -> row.get(10))).contains("'=HYPERLINK(\"http://evil.example\",\"click\")");
	}

	@Test
	void shouldFlattenEveryReason() throws Exception {
		StoreReport.CandidateInfo c = Reports.candidate(1, "t", "d", "LIKELY", 0.8, "NEW", "us", true);
		StoreReport.CandidateInfo two = new StoreReport.CandidateInfo(c.id(), c.country(), c.appId(), c.bundleId(),
				c.title(), c.developerName(), c.developerId(), c.legalName(), c.url(), c.fetchedAt(), c.snapshotSha256(),
				c.entry(), c.tier(), c.score(), List.of(c.reasons().get(0),
						new StoreReport.ReasonInfo("DEVELOPER_NAME", "developerName", "=d", "d", 0.4, null)),
				c.change(), c.firstSeenExecutionId());
		List<List<String>> rows = parse(write(Reports.report(List.of(two), true)));
		assertThat(rows.get(1).get(17)).contains("STORE_ID appId=", "; DEVELOPER_NAME developerName==d ~ d (0.4)");
	}

	private static String write(StoreReport report) throws Exception {
		StringWriter out = new StringWriter();
		CsvReportWriter.write(ReportHead.of(report, List.of()), ReportRows.of(report), out);
		return out.toString();
	}

	/** A strict RFC 4180 reader for quoted cells: enough to prove the file parses back to what was written. */
	static List<List<String>> parse(String csv) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		int i = 0;
		while (i < csv.length()) {
			assertThat(csv.charAt(i)).as("cell at %d opens with a quote", i).isEqualTo('"');
			StringBuilder cell = new StringBuilder();
			i++;
			while (true) {
				char c = csv.charAt(i++);
				if (c == '"' && i < csv.length() && csv.charAt(i) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					break;
				}
				else {
					cell.append(c);
				}
			}
			row.add(cell.toString());
			if (csv.startsWith("\r\n", i)) {
				rows.add(row);
				row = new ArrayList<>();
				i += 2;
			}
			else {
				assertThat(csv.charAt(i++)).isEqualTo(',');
			}
		}
		return rows;
	}

}
