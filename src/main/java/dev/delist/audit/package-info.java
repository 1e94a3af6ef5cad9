/**
 * The audit trail: who did what and when in the reviewers' workbench (decisions, approvals, logins, user changes,
 * exports, runs started), written to the append-only table {@code audit_event}, which the database itself
 * refuses to change or empty.
 */
package dev.delist.audit;
