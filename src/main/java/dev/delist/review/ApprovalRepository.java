package dev.delist.review;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Dismissals waiting for a second pair of eyes (V19 {@code dismissal_approval}) and how each ended. */
@Repository
class ApprovalRepository {

	private final JdbcClient jdbc;

	ApprovalRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @return the new request's id */
	long request(CandidateStates.CurrentCandidate candidate, String reason, String user, Instant at) {
		return this.jdbc.sql("""
				INSERT INTO dismissal_approval (candidate_id, job_instance_id, store, country, app_id, list_id, entry_id,
				  evidence_sha256, tier, reason, requested_by, requested_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(candidate.candidateId(), candidate.instanceId(), candidate.store(), candidate.country(),
					candidate.appId(), candidate.listId(), candidate.entryId(), candidate.evidenceSha256(),
					candidate.tier().name(), reason, user, Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	/** The request waiting for the candidate's current evidence, if any. */
	Optional<Waiting> waiting(String candidateId, String evidenceSha256) {
		return this.jdbc.sql("""
				SELECT id, requested_by, reason FROM dismissal_approval
				WHERE candidate_id = ? AND outcome IS NULL AND evidence_sha256 = ?""")
			.params(candidateId, evidenceSha256)
			.query(Waiting.class)
			.optional();
	}

	/**
	 * Closes as LAPSED whatever still waits for an OPEN candidate: a request made on evidence the listing no longer
	 * has, or one a later disposition (an import) settled. Nobody can approve those any more, and a new decision
	 * may need a request of its own.
	 *
	 * @return how many lapsed
	 */
	int lapse(String candidateId, Instant at) {
		return this.jdbc.sql("""
				UPDATE dismissal_approval SET outcome = 'LAPSED', decided_at = ?
				WHERE candidate_id = ? AND outcome IS NULL""")
			.params(Timestamp.from(at), candidateId)
			.update();
	}

	/** @param dispositionId the disposition an approval wrote, null for a rejection */
	void close(long id, String outcome, String user, String reason, Long dispositionId, Instant at) {
		this.jdbc.sql("""
				UPDATE dismissal_approval SET outcome = ?, decided_by = ?, decision_reason = ?, disposition_id = ?,
				  decided_at = ?
				WHERE id = ? AND outcome IS NULL""")
			.params(outcome, user, reason, dispositionId, Timestamp.from(at), id)
			.update();
	}

	record Waiting(long id, String requestedBy, String reason) {
	}

}
