package dev.delist.review;

import java.util.Optional;

import dev.delist.match.Tier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The state of each candidate of the current runs (the latest complete run per store): OPEN, AWAITING_APPROVAL,
 * CONFIRMED or DISMISSED, read from the dispositions and the waiting dismissals each time, so a decision shows at
 * once, and a decision on evidence the listing no longer has counts no more ({@link ReviewSql#state}).
 */
@Service
public class CandidateStates {

	/** Longer than any candidate id (20 hex characters today). */
	static final int MAX_ID = 200;

	private final JdbcClient jdbc;

	CandidateStates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @return empty when no current run has a candidate of this id */
	public Optional<CandidateState> stateOf(String candidateId) {
		return current(candidateId).map(CurrentCandidate::state);
	}

	/** The candidate's row in the current run of its store, with its state. */
	Optional<CurrentCandidate> current(String candidateId) {
		if (!plausible(candidateId)) {
			return Optional.empty();
		}
		return this.jdbc.sql("SELECT c.job_instance_id, c.candidate_id, c.store, c.country, c.app_id, c.list_id,"
				+ " c.entry_id, c.tier, c.evidence_sha256, " + ReviewSql.state("c") + " AS state FROM candidate c"
				+ " WHERE c.candidate_id = :id AND (c.job_instance_id, c.store) IN (" + CurrentRuns.PAIRS + ")"
				+ " ORDER BY c.store LIMIT 1")
			.param("id", candidateId)
			.query((rs, row) -> new CurrentCandidate(rs.getLong("job_instance_id"), rs.getString("candidate_id"),
					rs.getString("store"), rs.getString("country").strip(), rs.getString("app_id"),
					rs.getString("list_id"), rs.getString("entry_id"), Tier.valueOf(rs.getString("tier")),
					rs.getString("evidence_sha256"), CandidateState.valueOf(rs.getString("state"))))
			.optional();
	}

	/**
	 * Locks the candidate's row until the transaction ends, so two decisions on one candidate happen one after
	 * the other; read its state after this, in a new statement, to see what the first one decided.
	 *
	 * @return whether the current runs have the candidate
	 */
	boolean lock(String candidateId) {
		if (!plausible(candidateId)) {
			return false;
		}
		return !this.jdbc.sql("SELECT 1 FROM candidate c WHERE c.candidate_id = :id AND (c.job_instance_id, c.store) IN ("
				+ CurrentRuns.PAIRS + ") FOR UPDATE OF c")
			.param("id", candidateId)
			.query(Integer.class)
			.list()
			.isEmpty();
	}

	/**
	 * Whether a requested id could be a candidate's at all: ids are short and printable, and a NUL would fail the
	 * query rather than find nothing.
	 */
	static boolean plausible(String candidateId) {
		return candidateId != null && !candidateId.isEmpty() && candidateId.length() <= MAX_ID
				&& candidateId.chars().noneMatch(Character::isISOControl);
	}

	/** A candidate of a current run as a decision needs it. */
	record CurrentCandidate(long instanceId, String candidateId, String store, String country, String appId,
			String listId, String entryId, Tier tier, String evidenceSha256, CandidateState state) {
	}

}
