package dev.delist.review;

/**
 * What a bulk decision did.
 *
 * @param matched candidates the filter selected
 * @param awaitingApproval CONFIRMED-tier dismissals now waiting for an approver
 * @param skipped candidates decided meanwhile (not OPEN any more), left as they were
 */
public record BulkResult(int matched, int confirmed, int dismissed, int awaitingApproval, int skipped) {

}
