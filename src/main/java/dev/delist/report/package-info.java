/**
 * A run's reports: per store {@code report.json}, {@code candidates.csv} and paged {@code report.html}, streamed from
 * the database, diffed against the previous complete run, and {@code summary.json}; the gate's verdict is read, never decided, here.
 */
package dev.delist.report;
