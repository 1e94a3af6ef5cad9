package dev.delist.list;

import java.time.LocalDate;

/**
 * A dated legal event worth recording that does not change the list's status: a court ruling that upholds it,
 * an executive order not to enforce it, an identification whose effect was enjoined. Kept apart from
 * {@link StatusChange} so that as-of evaluation reads only the status history.
 */
public record ListEvent(LocalDate date, String by, String note) {

}
