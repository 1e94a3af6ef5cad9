package dev.delist.schedule;

import java.time.Instant;

import dev.delist.gate.RunStatus;

/**
 * How the last run {@link BackgroundRuns} ran ended.
 *
 * @param executionId its execution, or null when it never started (refused by the job lock, bad input)
 * @param status Spring Batch's status of the execution ({@code COMPLETED}, {@code FAILED}, ...), or null when
 * it never started
 * @param verdict the gate's verdict of a completed run, or null
 * @param message one line saying how it ended, as the log has it
 */
public record FinishedRun(RunRequest request, Long executionId, String status, RunStatus verdict, String message,
		Instant endedAt) {
}
