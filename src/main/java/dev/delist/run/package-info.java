/**
 * Planning and launching a run: what the operator asked for ({@code RunParameters}), the plan computed once from
 * the job definition and the lists and pinned to the execution ({@code RunPlan}), the lock that keeps two runs
 * of one job apart, and the shards of a sharded fetch. Spring Batch's wiring of the steps is in {@code job}.
 */
package dev.delist.run;
