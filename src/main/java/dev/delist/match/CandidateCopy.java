package dev.delist.match;

import java.math.BigDecimal;
import java.util.List;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import dev.delist.store.Listing;

/**
 * Candidates as rows of a {@code COPY candidate ... (FORMAT csv)}, for writers that stream (a catalog import
 * matches while it copies and cannot interleave inserts with its COPY). Every column is written as
 * {@link CandidateRepository#insert} binds it, so both ways store the same row; {@code CandidateCopyTests}
 * compares them.
 */
public final class CandidateCopy {

	public static final String COPY = """
			COPY candidate (job_instance_id, candidate_id, store, country, app_id, bundle_id, title, developer_name,
			  developer_id, legal_name, url, fetched_at, snapshot_sha256, list_id, entry_id, entry_name,
			  entry_in_force, tier, score, reasons, evidence_sha256, level, entry_jurisdiction, takedown_candidate)
			FROM STDIN (FORMAT csv)""";

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private CandidateCopy() {
	}

	/** Appends the candidate's row, with its line break. */
	public static void append(long instanceId, Candidate candidate, StringBuilder out) {
		Listing listing = candidate.listing();
		Match match = candidate.match();
		out.append(instanceId).append(',');
		field(out, candidate.id());
		field(out, listing.store().id());
		field(out, listing.country());
		field(out, listing.appId());
		field(out, listing.bundleId());
		field(out, nonNull(listing.title()));
		field(out, nonNull(listing.developerName()));
		field(out, listing.developerId());
		field(out, listing.legalName());
		field(out, nonNull(listing.url()));
		field(out, candidate.fetchedAt().toString());
		field(out, candidate.snapshotSha256());
		field(out, match.listId());
		field(out, match.entryId());
		field(out, match.entryName());
		field(out, Boolean.toString(match.entryInForce()));
		field(out, match.tier().name());
		field(out, BigDecimal.valueOf(match.score()).toPlainString());
		field(out, JSON.writeValueAsString(match.reasons()));
		field(out, candidate.evidenceSha256());
		field(out, match.level().name());
		field(out, array(match.jurisdiction()));
		out.append(match.takedownCandidate()).append('\n');
	}

	/** A text[] literal: every element quoted, so no value can be read as NULL or split. */
	private static String array(List<String> values) {
		StringBuilder array = new StringBuilder("{");
		for (String value : values) {
			if (array.length() > 1) {
				array.append(',');
			}
			array.append('"').append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
		}
		return array.append('}').toString();
	}

	/** A value in quotes (in COPY's CSV an unquoted empty field is NULL), followed by the delimiter. */
	private static void field(StringBuilder out, String value) {
		if (value != null) {
			out.append('"');
			for (int i = 0; i < value.length(); i++) {
				char c = value.charAt(i);
				if (c == '"') {
					out.append('"');
				}
				out.append(c);
			}
			out.append('"');
		}
		out.append(',');
	}

	private static String nonNull(String value) {
		return (value != null) ? value : "";
	}

}
