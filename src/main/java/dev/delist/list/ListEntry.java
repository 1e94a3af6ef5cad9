package dev.delist.list;

import java.time.LocalDate;
import java.util.List;

/**
 * One prohibited app (or feature) of a list.
 *
 * @param featureOf the entry id of the app this feature lives inside (WeChat Pay in WeChat), or null
 * @param events dated per-entry status events, oldest first; without any the entry follows its list
 */
public record ListEntry(String id, String name, List<String> aliases, String featureOf, List<Developer> developers,
		List<Identifier> identifiers, List<Namespace> namespaces, String note, List<EntryEvent> events) {

	public ListEntry {
		aliases = (aliases != null) ? List.copyOf(aliases) : List.of();
		developers = (developers != null) ? List.copyOf(developers) : List.of();
		identifiers = (identifiers != null) ? List.copyOf(identifiers) : List.of();
		namespaces = (namespaces != null) ? List.copyOf(namespaces) : List.of();
		events = (events != null) ? List.copyOf(events) : List.of();
	}

	/** An entry without per-entry events (entries built in code). */
	public ListEntry(String id, String name, List<String> aliases, String featureOf, List<Developer> developers,
			List<Identifier> identifiers, List<Namespace> namespaces, String note) {
		this(id, name, aliases, featureOf, developers, identifiers, namespaces, note, List.of());
	}

	/** The entry's own status on {@code date}: its last event on or before it, or null when none applies. */
	public EntryStatus statusOn(LocalDate date) {
		EntryStatus current = null;
		for (EntryEvent event : this.events) {
			if (!event.date().isAfter(date)) {
				current = event.status();
			}
		}
		return current;
	}

	/** Whether the entry binds on {@code date}, given that its list is in force then. */
	public boolean bindsOn(LocalDate date) {
		EntryStatus own = statusOn(date);
		return own == null || own.binds();
	}

	/**
	 * Whether the list's authors could tie no trusted store id to the app on {@code date}, so it is screened by
	 * its name (and developer where known): every app id of a store unverified or out of its time, or none at all.
	 */
	public boolean screenedByName(LocalDate date) {
		return this.identifiers.stream()
			.filter((i) -> !i.type().isDeveloperLevel() && i.type().store() != null)
			.noneMatch((i) -> !i.unverified() && i.validOn(date));
	}

}
