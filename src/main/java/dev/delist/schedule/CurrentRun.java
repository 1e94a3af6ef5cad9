package dev.delist.schedule;

/**
 * The run {@link BackgroundRuns} is running now.
 *
 * @param executionId its execution, once Spring Batch has created it; null while it is being planned
 */
public record CurrentRun(RunRequest request, Long executionId) {
}
