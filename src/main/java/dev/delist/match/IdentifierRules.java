package dev.delist.match;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.delist.list.Identifier;
import dev.delist.list.IdentifierType;
import dev.delist.list.Namespace;
import dev.delist.store.Listing;
import dev.delist.store.Store;

/**
 * APP_ID_EXACT, BUNDLE_ID_EXACT, STORE_ID, BUNDLE_ID_VARIANT, NAMESPACE and STORE_URL: hash look-ups on ids, on
 * ids with their variant suffixes removed (either store's ids, so an iOS build under the Android id is found), on
 * the dot-prefixes of an id against the namespaces the list curated, and on the listing's page URL. Only ids
 * valid on the run date are indexed (a re-used package id matches only in its time); an id the list marks
 * unverified is weak evidence ({@link Evidence#WEAK_IDENTIFIER}), which never confirms a match alone.
 */
final class IdentifierRules {

	private final Map<IdentifierType, Map<String, List<Listed>>> exact = new EnumMap<>(IdentifierType.class);

	private final Map<String, List<Listed>> stems = new HashMap<>();

	private final Map<String, List<Curated>> namespaces = new HashMap<>();

	private final Map<String, List<Listed>> urls = new HashMap<>();

	/** The distinct lengths of the curated prefixes: an id is cut only where one of them ends at a dot. */
	private int[] namespaceLengths = new int[0];

	private final List<String> suffixes;

	private final MatchingRules.Scores scores;

	IdentifierRules(MatchingRules rules) {
		this.suffixes = rules.variantSuffixes()
			.stream()
			.map((s) -> s.toLowerCase(Locale.ROOT))
			.sorted(Comparator.comparingInt(String::length).reversed())
			.toList();
		this.scores = rules.scores();
	}

	void add(EntryRef ref, LocalDate runDate) {
		for (Identifier identifier : ref.entry.identifiers()) {
			if (identifier.type().isDeveloperLevel() || !identifier.validOn(runDate)) {
				continue;
			}
			Listed listed = new Listed(ref, identifier);
			if (identifier.type() == IdentifierType.STORE_URL) {
				this.urls.computeIfAbsent(page(identifier.value()), (k) -> new ArrayList<>(1)).add(listed);
				continue;
			}
			String value = identifier.value().toLowerCase(Locale.ROOT);
			this.exact.computeIfAbsent(identifier.type(), (k) -> new HashMap<>())
				.computeIfAbsent(value, (k) -> new ArrayList<>(1))
				.add(listed);
			if (identifier.type() != IdentifierType.APP_STORE_ID) {
				this.stems.computeIfAbsent(stem(value), (k) -> new ArrayList<>(1)).add(listed);
			}
		}
		for (Namespace namespace : ref.entry.namespaces()) {
			this.namespaces.computeIfAbsent(namespace.prefix().toLowerCase(Locale.ROOT), (k) -> new ArrayList<>(1))
				.add(new Curated(ref, namespace));
		}
		this.namespaceLengths = this.namespaces.keySet().stream().mapToInt(String::length).distinct().sorted().toArray();
	}

	void collect(Listing listing, Evidence evidence) {
		if (!this.urls.isEmpty() && listing.url() != null) {
			for (Listed listed : this.urls.getOrDefault(page(listing.url()), List.of())) {
				Identifier id = listed.identifier();
				evidence.add(listed.ref(), kind(id), new Reason("STORE_URL", "url", listing.url(), id.value(),
						this.scores.exact() * EntryRef.weight(id.confidence()),
						"store page " + listing.url() + " is named for " + listed.ref().describe() + ", confidence "
								+ EntryRef.label(id.confidence()) + ", source: " + id.source() + weak(id)));
			}
		}
		// ids are compared case-insensitively; each field is lower-cased once
		if (listing.store() == Store.APPLE) {
			exact(IdentifierType.APP_STORE_ID, "appId", listing.appId(), lower(listing.appId()), "STORE_ID", evidence);
			String bundle = listing.bundleId();
			String lower = lower(bundle);
			exact(IdentifierType.BUNDLE_ID, "bundleId", bundle, lower, "BUNDLE_ID_EXACT", evidence);
			variants(IdentifierType.BUNDLE_ID, "bundleId", bundle, lower, evidence);
			namespaces("bundleId", bundle, lower, evidence);
		}
		else {
			String appId = listing.appId();
			String lower = lower(appId);
			exact(IdentifierType.PACKAGE, "appId", appId, lower, "APP_ID_EXACT", evidence);
			variants(IdentifierType.PACKAGE, "appId", appId, lower, evidence);
			namespaces("appId", appId, lower, evidence);
		}
	}

	private static String lower(String value) {
		return (value != null) ? value.toLowerCase(Locale.ROOT) : null;
	}

	private void exact(IdentifierType type, String field, String value, String lower, String code,
			Evidence evidence) {
		if (value == null) {
			return;
		}
		Map<String, List<Listed>> ofType = this.exact.get(type);
		List<Listed> hits = (ofType != null) ? ofType.get(lower) : null;
		if (hits == null) {
			return;
		}
		for (Listed listed : hits) {
			Identifier id = listed.identifier();
			evidence.add(listed.ref(), kind(id), new Reason(code, field, value, id.value(),
					this.scores.exact() * EntryRef.weight(id.confidence()),
					type + " " + value + " is listed for " + listed.ref().describe() + ", confidence "
							+ EntryRef.label(id.confidence()) + ", source: " + id.source() + validity(id) + weak(id)));
		}
	}

	private void variants(IdentifierType type, String field, String value, String lower, Evidence evidence) {
		if (value == null) {
			return;
		}
		List<Listed> hits = this.stems.get(stem(lower));
		if (hits == null) {
			return;
		}
		for (Listed listed : hits) {
			Identifier id = listed.identifier();
			boolean sameStore = id.type() == type;
			if (evidence.has(listed.ref(), Evidence.IDENTIFIER | kind(id))
					|| (sameStore && id.value().equalsIgnoreCase(value))) {
				continue;
			}
			String how = sameStore ? "is the same id once variant suffixes are removed"
					: "matches the other store's id once variant suffixes are removed";
			evidence.add(listed.ref(), kind(id), new Reason("BUNDLE_ID_VARIANT", field, value, id.value(),
					this.scores.variant() * EntryRef.weight(id.confidence()),
					type + " " + value + " " + how + " (" + id.type() + " " + id.value() + ", stem " + stem(lower)
							+ ") listed for " + listed.ref().describe() + ", confidence "
							+ EntryRef.label(id.confidence()) + weak(id)));
		}
	}

	private void namespaces(String field, String value, String lower, Evidence evidence) {
		if (value == null || this.namespaces.isEmpty()) {
			return;
		}
		for (int dot : this.namespaceLengths) {
			if (dot >= lower.length() || lower.charAt(dot) != '.') {
				continue;
			}
			List<Curated> hits = this.namespaces.get(lower.substring(0, dot));
			if (hits == null) {
				continue;
			}
			for (Curated curated : hits) {
				if (evidence.has(curated.ref(), Evidence.IDENTIFIER)) {
					continue;
				}
				Namespace namespace = curated.namespace();
				evidence.add(curated.ref(), Evidence.IDENTIFIER, new Reason("NAMESPACE", field, value,
						namespace.prefix(), this.scores.namespace() * EntryRef.weight(namespace.confidence()),
						value + " is under the namespace " + namespace.prefix() + " that the list curated for "
								+ curated.ref().describe() + ", confidence " + EntryRef.label(namespace.confidence())));
			}
		}
	}

	private static int kind(Identifier id) {
		return id.unverified() ? Evidence.WEAK_IDENTIFIER : Evidence.IDENTIFIER;
	}

	private static String weak(Identifier id) {
		return id.unverified() ? " [unverified mapping: it supports a matching name or developer, never confirms alone]"
				: "";
	}

	private static String validity(Identifier id) {
		if (id.validFrom() == null && id.validTo() == null) {
			return "";
		}
		return ", valid " + ((id.validFrom() != null) ? "from " + id.validFrom() : "")
				+ ((id.validFrom() != null && id.validTo() != null) ? " " : "")
				+ ((id.validTo() != null) ? "to " + id.validTo() : "");
	}

	/** A page URL compared without scheme, "www.", query, fragment, trailing slash or case. */
	static String page(String url) {
		String page = url.strip().toLowerCase(Locale.ROOT);
		page = page.substring(schemeEnd(page));
		int cut = page.length();
		for (char c : new char[] { '?', '#' }) {
			int at = page.indexOf(c);
			if (at >= 0 && at < cut) {
				cut = at;
			}
		}
		page = page.substring(0, cut);
		while (page.endsWith("/")) {
			page = page.substring(0, page.length() - 1);
		}
		return page.startsWith("www.") ? page.substring(4) : page;
	}

	/**
	 * Where a URL's scheme and "://" end ({@code ^[a-z][a-z0-9+.-]*://}, written out: this runs on every listing's
	 * URL), or 0 when it has none.
	 */
	static int schemeEnd(String url) {
		if (url.isEmpty() || url.charAt(0) < 'a' || url.charAt(0) > 'z') {
			return 0;
		}
		for (int i = 1; i < url.length(); i++) {
			char c = url.charAt(i);
			if (c == ':') {
				return url.startsWith("//", i + 1) ? i + 3 : 0;
			}
			if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '.' || c == '-')) {
				return 0;
			}
		}
		return 0;
	}

	/** The id without variant suffixes (.lite, _eng ...), removed repeatedly from the end. */
	String stem(String lower) {
		String stem = lower;
		boolean changed = true;
		while (changed) {
			changed = false;
			for (String suffix : this.suffixes) {
				if (stem.length() > suffix.length() + 1 && stem.endsWith(suffix)) {
					stem = trimSeparators(stem.substring(0, stem.length() - suffix.length()));
					changed = true;
					break;
				}
			}
		}
		return stem;
	}

	private static String trimSeparators(String value) {
		int end = value.length();
		while (end > 1 && ".-_".indexOf(value.charAt(end - 1)) >= 0) {
			end--;
		}
		return value.substring(0, end);
	}

	private record Listed(EntryRef ref, Identifier identifier) {
	}

	private record Curated(EntryRef ref, Namespace namespace) {
	}

}
