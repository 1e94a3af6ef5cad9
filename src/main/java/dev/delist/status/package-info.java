/**
 * Recent runs with their verdicts, health, gate reasons, candidates per tier and report paths, from the job
 * repository and the gate's records: {@code delist status} and the {@code /runs} page of {@code delist serve}.
 */
package dev.delist.status;
