package dev.delist.review;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import dev.delist.config.DelistProperties;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who has an open candidate in front of them. A reviewer who opens one claims it for
 * {@code delist.review.claim-for} unless someone else's claim is still running, and the queue's "Next in queue"
 * leads the other reviewers past it, so two people working down one queue do not both read the same app. A claim
 * never refuses a decision (two decisions on one candidate are settled by the first, 409 for the second).
 */
@Service
public class Claims {

	private final JdbcClient jdbc;

	private final Duration claimFor;

	Claims(JdbcClient jdbc, DelistProperties properties) {
		this.jdbc = jdbc;
		this.claimFor = properties.review().claimFor();
	}

	/** Someone's claim on a candidate, and since when. */
	public record Claim(String user, Instant since) {
	}

	/**
	 * Takes the candidate for the user, or renews the user's claim, unless another's has not lapsed.
	 *
	 * @return the other reviewer's claim that stands, or empty when the candidate is now the user's (or claims are off)
	 */
	public Optional<Claim> open(String candidateId, String user) {
		if (!enabled()) {
			return Optional.empty();
		}
		this.jdbc.sql("""
				INSERT INTO candidate_claim (candidate_id, username, claimed_at) VALUES (:id, :user, now())
				ON CONFLICT (candidate_id) DO UPDATE SET username = EXCLUDED.username, claimed_at = EXCLUDED.claimed_at
				WHERE candidate_claim.username = EXCLUDED.username
				   OR candidate_claim.claimed_at <= now() - make_interval(secs => :seconds)""")
			.param("id", candidateId)
			.param("user", user)
			.param("seconds", seconds())
			.update();
		return this.jdbc.sql("SELECT username, claimed_at FROM candidate_claim WHERE candidate_id = :id")
			.param("id", candidateId)
			.query((rs, row) -> new Claim(rs.getString("username"), rs.getTimestamp("claimed_at").toInstant()))
			.optional()
			.filter((claim) -> !claim.user().equals(user));
	}

	/** Drops every claim of the user (logged out): what they had open is free for the others at once. */
	public void releaseAll(String user) {
		this.jdbc.sql("DELETE FROM candidate_claim WHERE username = :user").param("user", user).update();
	}

	boolean enabled() {
		return !this.claimFor.isZero();
	}

	/** The claim's length in seconds, for SQL's {@code make_interval}. */
	double seconds() {
		return this.claimFor.toMillis() / 1000.0;
	}

}
