package dev.delist.schedule;

import java.time.Instant;

/**
 * A run asked of {@link BackgroundRuns}: by the schedule or by a user.
 *
 * @param job the job it runs, as Spring Batch names it
 * @param lock the lock its run takes: the job's name, except for one shard of a catalog
 * @param rematchOf for a rematch, the execution whose stored listings it re-matches; otherwise null
 * @param requestedBy the user who asked, or null for the schedule
 */
public record RunRequest(Kind kind, String job, String lock, Long rematchOf, String requestedBy, Instant requestedAt) {

	public enum Kind {

		/** The nightly job on {@code delist.schedule.cron}. */
		SCHEDULED,

		/** The nightly job, started by a user. */
		NIGHTLY,

		/** A rematch of an earlier execution, started by a user. */
		REMATCH

	}

	/** As a log line or a page names it: "the nightly run alice asked for". */
	public String describe() {
		return switch (this.kind) {
			case SCHEDULED -> "the scheduled " + this.lock + " run";
			case NIGHTLY -> "the " + this.lock + " run " + this.requestedBy + " asked for";
			case REMATCH -> "the rematch of execution " + this.rematchOf + " " + this.requestedBy + " asked for";
		};
	}

}
