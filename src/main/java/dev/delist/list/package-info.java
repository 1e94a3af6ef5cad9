/**
 * Prohibited lists as versioned policy data ({@code jobs/lists/*.yaml}): legal basis, status over time, entries and
 * their identifiers; validated with file and line, and kept by SHA-256 for every run that used them.
 */
package dev.delist.list;
