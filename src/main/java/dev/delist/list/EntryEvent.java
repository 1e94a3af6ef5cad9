package dev.delist.list;

import java.time.LocalDate;

/**
 * A dated event of one entry (BGMI let back for a trial, a loan app's block revoked): from its date the entry's
 * status is {@code status}, whatever the rest of the list does.
 */
public record EntryEvent(LocalDate date, EntryStatus status, String by, String note) {

}
