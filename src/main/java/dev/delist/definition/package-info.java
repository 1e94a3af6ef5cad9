/**
 * Job definitions ({@code jobs/<name>.yaml}): which lists, which stores in which countries with which discovery
 * and canary, and the gate thresholds; read and checked once, by the run planner.
 */
package dev.delist.definition;
