package dev.delist.match;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** The reasons found for one listing, per entry; created empty and cheap for the many listings that hit nothing. */
final class Evidence {

	static final int IDENTIFIER = 1;

	static final int DEVELOPER_ID = 2;

	static final int DEVELOPER_NAME = 4;

	static final int TITLE = 8;

	/** An app id the list marks unverified: it supports a name or a developer, never confirms alone. */
	static final int WEAK_IDENTIFIER = 16;

	/** The title hit rests on a generic name ("Video Player", "AppLock") on either side. */
	static final int GENERIC_TITLE = 32;

	/**
	 * The title is the listed name once folded (TITLE_EXACT), not only similar to it, and that name is long
	 * enough to be one app's (thresholds.nameOnlyDistinctiveWeight).
	 */
	static final int EXACT_TITLE = 64;

	private Map<EntryRef, Hit> hits;

	void add(EntryRef ref, int kind, Reason reason) {
		if (this.hits == null) {
			this.hits = new IdentityHashMap<>();
		}
		Hit hit = this.hits.computeIfAbsent(ref, Hit::new);
		hit.kinds |= kind;
		hit.reasons.add(reason);
	}

	/** Qualifies the evidence already added for {@code ref} without a reason of its own. */
	void mark(EntryRef ref, int kind) {
		Hit hit = (this.hits != null) ? this.hits.get(ref) : null;
		if (hit != null) {
			hit.kinds |= kind;
		}
	}

	/** Whether {@code ref} has any of the kinds in the mask {@code kind}. */
	boolean has(EntryRef ref, int kind) {
		Hit hit = (this.hits != null) ? this.hits.get(ref) : null;
		return hit != null && (hit.kinds & kind) != 0;
	}

	boolean isEmpty() {
		return this.hits == null;
	}

	Collection<Hit> hits() {
		return (this.hits != null) ? this.hits.values() : List.of();
	}

	static final class Hit {

		final EntryRef ref;

		final List<Reason> reasons = new ArrayList<>(4);

		int kinds;

		Hit(EntryRef ref) {
			this.ref = ref;
		}

		boolean has(int kind) {
			return (this.kinds & kind) != 0;
		}

	}

}
