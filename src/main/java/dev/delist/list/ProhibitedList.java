package dev.delist.list;

import java.time.LocalDate;
import java.util.List;

/**
 * A prohibited-apps list as policy data: its legal basis, its dated status history and its entries.
 *
 * @param events optional dated events that do not change the status (non-enforcement orders, rulings)
 */
public record ProhibitedList(String id, String version, String title, String authority, String citation,
		List<String> sources, List<StatusChange> status, List<ListEvent> events, List<ListEntry> entries) {

	/** A list with no dated events besides its status history (lists built in code, e.g. benchmarks). */
	public ProhibitedList(String id, String version, String title, String authority, String citation,
			List<String> sources, List<StatusChange> status, List<ListEntry> entries) {
		this(id, version, title, authority, citation, sources, status, List.of(), entries);
	}

	public ProhibitedList {
		sources = (sources != null) ? List.copyOf(sources) : List.of();
		status = (status != null) ? List.copyOf(status) : List.of();
		events = (events != null) ? List.copyOf(events) : List.of();
		entries = (entries != null) ? List.copyOf(entries) : List.of();
	}

	/** The status in force on {@code date}: the last change on or before it; before the first, pending. */
	public ListStatus statusOn(LocalDate date) {
		ListStatus current = ListStatus.PENDING;
		for (StatusChange change : this.status) {
			if (!change.date().isAfter(date)) {
				current = change.status();
			}
		}
		return current;
	}

	public boolean inForceOn(LocalDate date) {
		return statusOn(date) == ListStatus.IN_FORCE;
	}

	/** The first day the list was in force, or null if it never was. */
	public LocalDate effectiveFrom() {
		return this.status.stream()
			.filter((change) -> change.status() == ListStatus.IN_FORCE)
			.map(StatusChange::date)
			.findFirst()
			.orElse(null);
	}

	/** The day the list stopped being in force after {@link #effectiveFrom()}, or null while it still is. */
	public LocalDate effectiveUntil() {
		LocalDate from = effectiveFrom();
		if (from == null) {
			return null;
		}
		return this.status.stream()
			.filter((change) -> change.date().isAfter(from) && change.status() != ListStatus.IN_FORCE)
			.map(StatusChange::date)
			.findFirst()
			.orElse(null);
	}

}
