/**
 * The health gate: whether a run saw what its plan asked it to see. {@code RunGate} decides once per run, from
 * the targets' outcomes, the canaries and the known gaps (missing shards, skipped catalog lines), and records the
 * verdict per store ({@code run_verdict}); everything else reads {@code RunStatus} from there.
 */
package dev.delist.gate;
