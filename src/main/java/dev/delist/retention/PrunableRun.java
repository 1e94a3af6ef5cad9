package dev.delist.retention;

import java.time.LocalDate;

/**
 * A run {@code delist prune} thins (or would): a complete run with reports, older than its job's newest ones.
 *
 * @param listings the listings it stores now
 * @param kept those of them a candidate of the run was matched on, which stay
 */
public record PrunableRun(long instanceId, String jobName, LocalDate runDate, long listings, long kept) {

	public long removable() {
		return this.listings - this.kept;
	}

}
