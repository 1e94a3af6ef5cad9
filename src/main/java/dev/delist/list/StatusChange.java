package dev.delist.list;

import java.time.LocalDate;

/** A dated change of a list's legal status and the instrument or court order that caused it. */
public record StatusChange(ListStatus status, LocalDate date, String by, String note) {

}
