package dev.delist.report;

import java.io.IOException;
import java.io.Writer;
import java.util.stream.Collectors;

/**
 * {@code candidates.csv}: one row per candidate and storefront (for tools; the HTML groups storefronts), reasons
 * flattened, safe to open in a spreadsheet. {@code takedownCandidate} is the report's flag; {@code entryInForce}
 * and {@code entryJurisdiction} (space-separated) say why a match is not one.
 */
final class CsvReportWriter {

	private static final String[] HEADER = { "id", "tier", "score", "takedownCandidate", "change", "store", "country",
			"appId", "bundleId", "title", "developerName", "developerId", "legalName", "url", "listId", "entryId",
			"entryName", "reasons", "fetchedAt", "firstSeenExecutionId", "reportStatus", "entryJurisdiction",
			"entryInForce" };

	private CsvReportWriter() {
	}

	static void write(ReportHead head, ReportRows rows, Writer out) throws IOException {
		out.write(Csv.row(HEADER));
		rows.candidates(ReportRows.Scope.ALL, (c) -> out.write(Csv.row(c.id(), c.tier(), String.valueOf(c.score()),
				String.valueOf(c.takedownCandidate()), c.change(), head.store(), c.country(), c.appId(), c.bundleId(),
				c.title(), c.developerName(), c.developerId(), c.legalName(), c.url(), c.entry().listId(),
				c.entry().entryId(), c.entry().name(), reasons(c), c.fetchedAt(),
				(c.firstSeenExecutionId() != null) ? String.valueOf(c.firstSeenExecutionId()) : "",
				head.run().status().name(),
				(c.entry().jurisdiction() != null) ? String.join(" ", c.entry().jurisdiction()) : "",
				String.valueOf(c.entry().inForce()))));
	}

	private static String reasons(StoreReport.CandidateInfo candidate) {
		return candidate.reasons()
			.stream()
			.map((r) -> r.code() + " " + r.field() + "=" + r.listingValue() + " ~ " + r.listValue() + " (" + r.score()
					+ ")" + ((r.explanation() != null) ? ": " + r.explanation() : ""))
			.collect(Collectors.joining("; "));
	}

}
