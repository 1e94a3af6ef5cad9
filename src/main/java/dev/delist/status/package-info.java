/**
 * {@code delist status}: recent runs with their verdicts, candidates and report paths, from the job repository.
 */
package dev.delist.status;
