package dev.delist.match;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.List;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import dev.delist.store.Listing;
import dev.delist.store.Store;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The matches of each run, kept for reports, diffs and reviewers' SQL. */
@Repository
public class CandidateRepository {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<Reason>> REASONS = new TypeReference<>() {
	};

	private final JdbcTemplate jdbc;

	public CandidateRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void deleteRun(long instanceId) {
		this.jdbc.update("DELETE FROM candidate WHERE job_instance_id = ?", instanceId);
	}

	public void insert(long instanceId, List<Candidate> candidates) {
		this.jdbc.batchUpdate("""
				INSERT INTO candidate (job_instance_id, candidate_id, store, country, app_id, bundle_id, title,
				  developer_name, developer_id, legal_name, url, fetched_at, snapshot_sha256, list_id, entry_id,
				  entry_name, entry_in_force, tier, score, reasons, evidence_sha256, level, entry_jurisdiction,
				  takedown_candidate)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?)""",
				candidates, 1000,
				(ps, candidate) -> {
					Listing listing = candidate.listing();
					Match match = candidate.match();
					ps.setLong(1, instanceId);
					ps.setString(2, candidate.id());
					ps.setString(3, listing.store().id());
					ps.setString(4, listing.country());
					ps.setString(5, listing.appId());
					ps.setString(6, listing.bundleId());
					ps.setString(7, nonNull(listing.title()));
					ps.setString(8, nonNull(listing.developerName()));
					ps.setString(9, listing.developerId());
					ps.setString(10, listing.legalName());
					ps.setString(11, nonNull(listing.url()));
					ps.setTimestamp(12, Timestamp.from(candidate.fetchedAt()));
					ps.setString(13, candidate.snapshotSha256());
					ps.setString(14, match.listId());
					ps.setString(15, match.entryId());
					ps.setString(16, match.entryName());
					ps.setBoolean(17, match.entryInForce());
					ps.setString(18, match.tier().name());
					ps.setBigDecimal(19, BigDecimal.valueOf(match.score()));
					ps.setString(20, JSON.writeValueAsString(match.reasons()));
					ps.setString(21, candidate.evidenceSha256());
					ps.setString(22, match.level().name());
					ps.setArray(23, ps.getConnection().createArrayOf("text", match.jurisdiction().toArray()));
					ps.setBoolean(24, match.takedownCandidate());
				});
	}

	/**
	 * Marks the run's candidates that a reviewer dismissed as suppressed. A dismissal holds only while the
	 * candidate rests on the evidence it was made on: the same evidence hash, a tier no stronger, and no reason
	 * code the dismissed match lacked. The latest decision per candidate wins, so a later CONFIRMED lifts it.
	 *
	 * @return how many candidates were suppressed
	 */
	public int suppressDismissed(long instanceId) {
		return this.jdbc.update("""
				UPDATE candidate c SET suppressed = true, suppressed_by = d.id
				FROM (SELECT DISTINCT ON (candidate_id) * FROM disposition ORDER BY candidate_id, id DESC) d
				WHERE c.job_instance_id = ? AND d.candidate_id = c.candidate_id AND d.decision = 'DISMISSED'
				  AND d.evidence_sha256 = c.evidence_sha256
				  AND array_position(ARRAY['CONFIRMED', 'LIKELY', 'POSSIBLE'], c.tier)
				      >= array_position(ARRAY['CONFIRMED', 'LIKELY', 'POSSIBLE'], d.tier)
				  AND d.reason_codes @> (SELECT coalesce(jsonb_agg(r ->> 'code'), '[]'::jsonb)
				                         FROM jsonb_array_elements(c.reasons) r)""", instanceId);
	}

	public List<Candidate> findByRunAndStore(long instanceId, Store store) {
		return this.jdbc.query("""
				SELECT c.*, s.listing FROM candidate c
				LEFT JOIN listing_snapshot s ON s.job_instance_id = c.job_instance_id AND s.store = c.store
				  AND s.country = c.country AND s.app_id = c.app_id
				WHERE c.job_instance_id = ? AND c.store = ?
				ORDER BY c.tier, c.score DESC, c.country, c.app_id, c.list_id, c.entry_id""", (rs, row) -> {
			Listing listing = JSON.readValue(rs.getString("listing"), Listing.class);
			Match match = new Match(rs.getString("list_id"), rs.getString("entry_id"), rs.getString("entry_name"),
					rs.getBoolean("entry_in_force"), Tier.valueOf(rs.getString("tier")),
					rs.getBigDecimal("score").doubleValue(), JSON.readValue(rs.getString("reasons"), REASONS),
					Level.valueOf(rs.getString("level")), jurisdiction(rs.getArray("entry_jurisdiction")),
					rs.getBoolean("takedown_candidate"));
			return new Candidate(rs.getString("candidate_id"), listing, rs.getTimestamp("fetched_at").toInstant(),
					rs.getString("snapshot_sha256"), match, rs.getString("evidence_sha256"));
		}, instanceId, store.id());
	}

	static List<String> jurisdiction(java.sql.Array array) throws java.sql.SQLException {
		return (array != null) ? List.of((String[]) array.getArray()) : List.of();
	}

	private static String nonNull(String value) {
		return (value != null) ? value : "";
	}

}
