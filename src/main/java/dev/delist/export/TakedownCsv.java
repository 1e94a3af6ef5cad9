package dev.delist.export;

import java.io.IOException;
import java.io.Writer;
import java.util.stream.Collectors;

import dev.delist.report.Csv;

/**
 * The CSV hand-off: one row per takedown and storefront, every cell quoted and formula-neutralised as the
 * reports' CSV is ({@link Csv}); reasons flattened as {@code CODE field=listing value ~ list value (score):
 * explanation}, joined by {@code ; }; the jurisdiction space-separated.
 */
final class TakedownCsv {

	static final String[] HEADER = { "store", "country", "appId", "bundleId", "title", "developerName", "developerId",
			"legalName", "url", "listId", "listTitle", "listVersion", "authority", "citation", "listStatus",
			"jurisdiction", "entryId", "entryName", "level", "tier", "score", "reasons", "evidenceSha256", "fetchedAt",
			"runId", "candidateId", "confirmedBy", "confirmedAt", "reason", "decisionId", "source" };

	private TakedownCsv() {
	}

	static void header(Writer out) throws IOException {
		out.write(Csv.row(HEADER));
	}

	static void row(Takedown t, Writer out) throws IOException {
		Takedown.ListBasis list = t.list();
		Takedown.Evidence evidence = t.evidence();
		Takedown.Confirmation confirmation = t.confirmation();
		out.write(Csv.row(t.store(), t.country(), t.appId(), t.bundleId(), t.title(), t.developerName(),
				t.developerId(), t.legalName(), t.url(), list.listId(), list.title(), list.version(), list.authority(),
				list.citation(), list.status(), String.join(" ", list.jurisdiction()), t.entry().entryId(),
				t.entry().name(), t.entry().level(), evidence.tier(), String.valueOf(evidence.score()),
				reasons(evidence), evidence.evidenceSha256(), evidence.fetchedAt(), String.valueOf(evidence.runId()),
				t.candidateId(), confirmation.confirmedBy(), confirmation.confirmedAt(), confirmation.reason(),
				String.valueOf(confirmation.decisionId()), confirmation.source()));
	}

	private static String reasons(Takedown.Evidence evidence) {
		return evidence.reasons()
			.stream()
			.map((r) -> r.code() + " " + r.field() + "=" + r.listingValue() + " ~ " + r.listValue() + " (" + r.score()
					+ ")" + ((r.explanation() != null) ? ": " + r.explanation() : ""))
			.collect(Collectors.joining("; "));
	}

}
