package dev.delist.list;

import java.time.LocalDate;
import java.util.List;

/**
 * A prohibited-apps list as policy data: its legal basis, where it binds, its dated status history and its
 * entries.
 *
 * @param jurisdiction the storefronts (two-letter codes) where the list binds: only matches there are takedown
 * candidates
 * @param coversDevelopers whether the instrument covers every app of the listed developers (the 2024 TikTok act
 * covers every app ByteDance operates), so "same developer, other app" matches are takedown candidates too;
 * false (the default) for orders that name apps one by one
 * @param entriesComplete false when only part of the order's entries is public, so nobody reads the list as the
 * whole order
 * @param events optional dated events that do not change the status (non-enforcement orders, rulings)
 */
public record ProhibitedList(String id, String version, String title, String authority, String citation,
		List<String> sources, List<String> jurisdiction, Boolean coversDevelopers, Boolean entriesComplete,
		List<StatusChange> status, List<ListEvent> events, List<ListEntry> entries) {

	/** A list with no dated events besides its status history (lists built in code, e.g. benchmarks). */
	public ProhibitedList(String id, String version, String title, String authority, String citation,
			List<String> sources, List<StatusChange> status, List<ListEntry> entries) {
		this(id, version, title, authority, citation, sources, List.of(), false, true, status, List.of(), entries);
	}

	/** A list built in code with its events; it binds nowhere (benchmarks and tests that ignore storefronts). */
	public ProhibitedList(String id, String version, String title, String authority, String citation,
			List<String> sources, List<StatusChange> status, List<ListEvent> events, List<ListEntry> entries) {
		this(id, version, title, authority, citation, sources, List.of(), false, true, status, events, entries);
	}

	public ProhibitedList {
		sources = (sources != null) ? List.copyOf(sources) : List.of();
		jurisdiction = (jurisdiction != null) ? List.copyOf(jurisdiction) : List.of();
		coversDevelopers = (coversDevelopers != null) && coversDevelopers;
		entriesComplete = (entriesComplete == null) || entriesComplete;
		status = (status != null) ? List.copyOf(status) : List.of();
		events = (events != null) ? List.copyOf(events) : List.of();
		entries = (entries != null) ? List.copyOf(entries) : List.of();
	}

	/** Whether the list binds in the storefront {@code country}. */
	public boolean bindsIn(String country) {
		return country != null && this.jurisdiction.contains(country.strip());
	}

	/** Whether {@code entry} of this list binds on {@code date}: the list is in force and the entry not lifted. */
	public boolean entryInForceOn(ListEntry entry, LocalDate date) {
		return inForceOn(date) && entry.bindsOn(date);
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
