package dev.delist.match;

import dev.delist.list.Confidence;
import dev.delist.list.ListEntry;

/** One list entry as the indexes point at it; built once per matcher, compared by identity. */
final class EntryRef {

	final String listId;

	final ListEntry entry;

	final boolean inForce;

	final int ordinal;

	EntryRef(String listId, ListEntry entry, boolean inForce, int ordinal) {
		this.listId = listId;
		this.entry = entry;
		this.inForce = inForce;
		this.ordinal = ordinal;
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
