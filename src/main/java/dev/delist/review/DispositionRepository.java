package dev.delist.review;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import dev.delist.match.Tier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reviewers' decisions, appended on every import; the latest per candidate is the one that counts. */
@Repository
public class DispositionRepository {

	/** One decision per candidate row selected after it: the columns a decision binds to, whoever records it. */
	private static final String INSERT = """
			INSERT INTO disposition (candidate_id, store, country, app_id, list_id, entry_id, decision, reason,
			  reviewer, evidence_sha256, tier, reason_codes, job_instance_id, source, imported_at, approver)
			SELECT c.candidate_id, c.store, c.country, c.app_id, c.list_id, c.entry_id, :decision, :reason,
			  :reviewer, c.evidence_sha256, c.tier,
			  (SELECT coalesce(jsonb_agg(DISTINCT r ->> 'code'), '[]'::jsonb) FROM jsonb_array_elements(c.reasons) r),
			  c.job_instance_id, :source, :importedAt, CAST(:approver AS text)
			FROM
			""";

	/** The latest candidate row for a file row's key in each country, or in the one country it names. */
	private static final String LATEST_PER_COUNTRY = """
			SELECT DISTINCT ON (country) * FROM candidate
			WHERE store = :store AND lower(app_id) = lower(:appId) AND list_id = :listId AND entry_id = :entryId
			  AND (CAST(:country AS text) IS NULL OR country = :country)
			ORDER BY country, job_instance_id DESC""";

	private final JdbcClient jdbc;

	public DispositionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records a decision against the latest candidate row for its key in each country (or the one country the
	 * reviewer named), binding it to that row's evidence hash, tier and reason codes.
	 *
	 * @return a disposition per country the decision was recorded for: none when no candidate has this key
	 */
	public List<Recorded> record(ReviewRow row, Instant importedAt) {
		return this.jdbc.sql(INSERT + "(" + LATEST_PER_COUNTRY + ") c RETURNING id, candidate_id, country, tier")
			.param("decision", row.decision().name())
			.param("reason", row.reason())
			.param("reviewer", row.reviewer())
			.param("source", row.source())
			.param("importedAt", Timestamp.from(importedAt))
			.param("store", row.store())
			.param("appId", row.appId())
			.param("listId", row.listId())
			.param("entryId", row.entryId())
			.param("country", row.country())
			.param("approver", null)
			.query((rs, n) -> new Recorded(rs.getLong("id"), rs.getString("candidate_id"), rs.getString("country").strip(),
					Tier.valueOf(rs.getString("tier"))))
			.list();
	}

	/** A disposition {@link #record} wrote: its id, and the candidate row's id, storefront and tier. */
	public record Recorded(long id, String candidateId, String country, Tier tier) {
	}

	/** The candidate rows {@link #record} would bind the row's decision to, without recording it. */
	List<Target> targets(ReviewRow row) {
		return this.jdbc.sql("SELECT job_instance_id, candidate_id, country, tier FROM (" + LATEST_PER_COUNTRY + ") c")
			.param("store", row.store())
			.param("appId", row.appId())
			.param("listId", row.listId())
			.param("entryId", row.entryId())
			.param("country", row.country())
			.query((rs, n) -> new Target(rs.getLong("job_instance_id"), rs.getString("candidate_id"),
					rs.getString("country").strip(), Tier.valueOf(rs.getString("tier"))))
			.list();
	}

	/** A candidate row a file's decision names: the latest for its key in one storefront. */
	record Target(long instanceId, String candidateId, String country, Tier tier) {
	}

	/**
	 * Records a decision on one candidate row, the one a reviewer saw (the workbench decides per candidate of
	 * the run it shows), bound like an imported one to that row's evidence hash, tier and reason codes.
	 *
	 * @param approver who agreed with a reviewer's dismissal, or null when none was needed
	 * @return the disposition's id
	 * @throws org.springframework.dao.EmptyResultDataAccessException when the run has no such candidate
	 */
	public long recordOn(long instanceId, String candidateId, Decision decision, String reason, String reviewer,
			String approver, String source, Instant decidedAt) {
		return this.jdbc.sql(INSERT + "candidate c WHERE c.job_instance_id = :run AND c.candidate_id = :candidateId"
				+ " RETURNING id")
			.param("decision", decision.name())
			.param("reason", reason)
			.param("reviewer", reviewer)
			.param("source", source)
			.param("importedAt", Timestamp.from(decidedAt))
			.param("approver", approver)
			.param("run", instanceId)
			.param("candidateId", candidateId)
			.query(Long.class)
			.single();
	}

	/** The decision in force per candidate, newest first. */
	public List<Disposition> latest(int limit) {
		return this.jdbc.sql("""
				SELECT * FROM (
				  SELECT DISTINCT ON (candidate_id) id, store, country, app_id, list_id, entry_id, decision, reason,
				    reviewer, tier, imported_at, source
				  FROM disposition ORDER BY candidate_id, id DESC
				) d ORDER BY id DESC LIMIT :limit""")
			.param("limit", limit)
			.query((rs, n) -> new Disposition(rs.getLong("id"), rs.getString("store"), rs.getString("country").trim(),
					rs.getString("app_id"), rs.getString("list_id"), rs.getString("entry_id"),
					Decision.valueOf(rs.getString("decision")), rs.getString("reason"), rs.getString("reviewer"),
					rs.getString("tier"), rs.getTimestamp("imported_at").toInstant(), rs.getString("source")))
			.list();
	}

	/** A recorded decision, with the tier of the match it was made on. */
	public record Disposition(long id, String store, String country, String appId, String listId, String entryId,
			Decision decision, String reason, String reviewer, String tier, Instant importedAt, String source) {
	}

}
