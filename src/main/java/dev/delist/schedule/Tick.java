package dev.delist.schedule;

import java.time.Instant;

/**
 * What one slot of the schedule did.
 *
 * @param slot the instant the cron expression named
 * @param started whether this process started the run
 * @param message what started, or why it was skipped
 */
public record Tick(Instant slot, boolean started, String message) {
}
