/**
 * Spring Batch wiring only: the steps ({@code RunSteps}, {@code CatalogSteps}, the partitioned fetch) and the five
 * job shapes they make ({@code JobShapes}). Each step adapts one feature package's service and reads the run's
 * pinned plan; no domain logic lives here.
 */
package dev.delist.job;
