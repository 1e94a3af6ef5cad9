/**
 * The one database: an embedded PostgreSQL by default (its data directory, its stale-lock cleanup) or an
 * external server, Flyway migrations from {@code sql/}, and Spring Batch's own tables.
 */
package dev.delist.database;
