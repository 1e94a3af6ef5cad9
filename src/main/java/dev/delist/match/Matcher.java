package dev.delist.match;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.delist.list.Confidence;
import dev.delist.list.Identifier;
import dev.delist.list.IdentifierType;
import dev.delist.list.ListEntry;
import dev.delist.list.LoadedList;
import dev.delist.store.Listing;
import dev.delist.store.Store;

/**
 * Matches listings against the entries of a run's lists. Identifiers are looked up in a hash index built
 * once, so a listing costs a few map look-ups however long the lists are. Pure: no I/O.
 */
public final class Matcher {

	public static final String VERSION = "1.0";

	private final Map<String, List<Listed>> byIdentifier = new HashMap<>();

	public Matcher(List<LoadedList> lists, LocalDate runDate) {
		for (LoadedList loaded : lists) {
			boolean inForce = loaded.list().inForceOn(runDate);
			for (ListEntry entry : loaded.list().entries()) {
				for (Identifier identifier : entry.identifiers()) {
					this.byIdentifier.computeIfAbsent(key(identifier.type(), identifier.value()), (k) -> new ArrayList<>())
						.add(new Listed(loaded.id(), entry, identifier, inForce));
				}
			}
		}
	}

	public List<Match> match(Listing listing) {
		Map<String, List<Reason>> reasons = new LinkedHashMap<>();
		Map<String, Listed> entries = new HashMap<>();
		if (listing.store() == Store.APPLE) {
			collect(IdentifierType.APP_STORE_ID, "appId", listing.appId(), "STORE_ID", reasons, entries);
			collect(IdentifierType.BUNDLE_ID, "bundleId", listing.bundleId(), "BUNDLE_ID_EXACT", reasons, entries);
		}
		else {
			collect(IdentifierType.PACKAGE, "appId", listing.appId(), "APP_ID_EXACT", reasons, entries);
		}
		List<Match> matches = new ArrayList<>();
		reasons.forEach((entryKey, entryReasons) -> {
			Listed listed = entries.get(entryKey);
			matches.add(new Match(listed.listId(), listed.entry().id(), listed.entry().name(), listed.inForce(),
					Tier.CONFIRMED, combined(entryReasons), entryReasons));
		});
		return matches;
	}

	private void collect(IdentifierType type, String field, String value, String code,
			Map<String, List<Reason>> reasons, Map<String, Listed> entries) {
		if (value == null) {
			return;
		}
		for (Listed listed : this.byIdentifier.getOrDefault(key(type, value), List.of())) {
			String entryKey = listed.listId() + "/" + listed.entry().id();
			entries.putIfAbsent(entryKey, listed);
			Identifier identifier = listed.identifier();
			reasons.computeIfAbsent(entryKey, (k) -> new ArrayList<>())
				.add(new Reason(code, field, value, identifier.value(), weight(identifier.confidence()),
						type + " " + value + " is listed for " + listed.entry().name() + " (" + listed.listId()
								+ ", confidence " + identifier.confidence().name().toLowerCase(Locale.ROOT)
								+ ", source: " + identifier.source() + ")"));
		}
	}

	/** Independent pieces of evidence add up: 1 - product of (1 - score). */
	private static double combined(List<Reason> reasons) {
		double miss = 1.0;
		for (Reason reason : reasons) {
			miss *= 1.0 - reason.score();
		}
		return Math.round((1.0 - miss) * 1000) / 1000.0;
	}

	/** An identifier's weight follows how sure the list's authors are of it. */
	private static double weight(Confidence confidence) {
		return switch (confidence) {
			case HIGH -> 1.0;
			case MEDIUM -> 0.95;
			case UNVERIFIED -> 0.8;
		};
	}

	private static String key(IdentifierType type, String value) {
		return type.name() + ':' + value.toLowerCase(Locale.ROOT);
	}

	private record Listed(String listId, ListEntry entry, Identifier identifier, boolean inForce) {
	}

}
