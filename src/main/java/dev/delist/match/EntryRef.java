package dev.delist.match;

import java.time.LocalDate;
import java.util.List;

import dev.delist.list.Confidence;
import dev.delist.list.ListEntry;
import dev.delist.list.ProhibitedList;

/** One list entry as the indexes point at it, as it stands on the run date; compared by identity. */
final class EntryRef {

	final String listId;

	final ListEntry entry;

	/** The list is in force on the run date and the entry's own events have not lifted it. */
	final boolean inForce;

	/** The storefronts where the entry's list binds. */
	final List<String> jurisdiction;

	/** Whether the list covers every app of its developers, so developer-level matches can be takedowns. */
	final boolean coversDevelopers;

	/** No trusted store id for the app on the run date: the name has to carry the screening. */
	final boolean screenedByName;

	final int ordinal;

	EntryRef(ProhibitedList list, ListEntry entry, LocalDate runDate, int ordinal) {
		this.listId = list.id();
		this.entry = entry;
		this.inForce = list.entryInForceOn(entry, runDate);
		this.jurisdiction = list.jurisdiction();
		this.coversDevelopers = list.coversDevelopers();
		this.screenedByName = entry.screenedByName(runDate);
		this.ordinal = ordinal;
	}

	boolean bindsIn(String country) {
		return country != null && this.jurisdiction.contains(country.strip());
	}

	String describe() {
		return this.entry.name() + " (" + this.listId + ")";
	}

	/** A piece of evidence weighs as much as the list's authors are sure of it. */
	static double weight(Confidence confidence) {
		if (confidence == null) {
			return 0.8;
		}
		return switch (confidence) {
			case HIGH -> 1.0;
			case MEDIUM -> 0.95;
			case UNVERIFIED -> 0.8;
		};
	}

	static String label(Confidence confidence) {
		return (confidence != null) ? confidence.name().toLowerCase(java.util.Locale.ROOT) : "unstated";
	}

}
