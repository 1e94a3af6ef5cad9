/**
 * The hand-off of confirmed takedowns to a store's operations team: every candidate a reviewer CONFIRMED (the
 * decision in force in {@code disposition}) that is a takedown candidate, with its listing, its list's legal
 * basis and jurisdiction, the evidence the decision was made on and who made it, as CSV or JSON, streamed from
 * PostgreSQL. Used by {@code delist review export} and the workbench's export.
 */
package dev.delist.export;
