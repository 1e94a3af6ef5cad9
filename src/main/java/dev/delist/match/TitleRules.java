package dev.delist.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.delist.store.Listing;

/**
 * TITLE_EXACT and TITLE_SIMILAR over each entry's name and aliases, Chinese included. Exact: the title (or
 * its head before " - " or ":") equals a name once folded, with spaces, punctuation and trailing variant
 * words removed. Similar: the same non-filler words ("CamScanner PDF Scanner"), or a typo of a long name,
 * found through the first and last three characters so only a few names are compared.
 */
final class TitleRules {

	/** Names this short (QQ) only match exactly: with filler words they would hit every QQ-something app. */
	private static final int MIN_KEY_WEIGHT = 3;

	private final Map<String, List<ListedTitle>> byCompact = new HashMap<>();

	private final Map<String, List<ListedTitle>> byKey = new HashMap<>();

	private final Map<String, List<ListedTitle>> byEnds = new HashMap<>();

	private final NameAnalyzer analyzer;

	private final MatchingRules rules;

	/** Variant words that stores glue to a name ("CamScannerHD", "SHAREitLite"). */
	private final List<String> gluedVariants;

	TitleRules(MatchingRules rules, NameAnalyzer analyzer) {
		this.rules = rules;
		this.analyzer = analyzer;
		this.gluedVariants = rules.titleVariantWords()
			.stream()
			.map((w) -> w.toLowerCase(Locale.ROOT))
			.filter((w) -> w.length() >= 2 && TextNormalizer.isAscii(w))
			.toList();
	}

	void add(EntryRef ref) {
		Set<String> seen = new LinkedHashSet<>();
		List<String> names = new ArrayList<>();
		names.add(ref.entry.name());
		names.addAll(ref.entry.aliases());
		for (String name : names) {
			NameAnalyzer.AnalyzedTitle title = this.analyzer.title(name);
			if (title.compact().isEmpty() || !seen.add(title.compact())) {
				continue;
			}
			ListedTitle listed = new ListedTitle(ref, name, title);
			this.byCompact.computeIfAbsent(title.compact(), (k) -> new ArrayList<>(1)).add(listed);
			if (title.keyWeight() >= MIN_KEY_WEIGHT) {
				this.byKey.computeIfAbsent(title.key(), (k) -> new ArrayList<>(1)).add(listed);
			}
			if (title.compact().length() >= this.rules.thresholds().minFuzzyTitleLength()) {
				int size = endSize(title.compact().length());
				for (String end : ends(title.compact(), size)) {
					this.byEnds.computeIfAbsent(end, (k) -> new ArrayList<>(2)).add(listed);
				}
			}
		}
	}

	void collect(Listing listing, Evidence evidence) {
		if (listing.title() == null || listing.title().isBlank()) {
			return;
		}
		NameAnalyzer.TitleKeys title = this.analyzer.titleKeys(listing.title());
		Map<EntryRef, Reason> best = new IdentityHashMap<>(4);
		Map<EntryRef, ListedTitle> against = new IdentityHashMap<>(4);
		double exact = this.rules.scores().titleExact();
		for (String compact : List.of(title.compact(), title.headCompact())) {
			for (ListedTitle listed : this.byCompact.getOrDefault(compact, List.of())) {
				if (best.putIfAbsent(listed.ref(), new Reason("TITLE_EXACT", "title", listing.title(), listed.name(),
						exact, "title \"" + listing.title() + "\" is the name \"" + listed.name() + "\" of "
								+ listed.ref().describe() + " once folded (compared as \"" + compact + "\")")) == null) {
					against.put(listed.ref(), listed);
				}
			}
		}
		double similar = this.rules.scores().titleSimilar();
		if (title.keyWeight() >= MIN_KEY_WEIGHT) {
			for (ListedTitle listed : this.byKey.getOrDefault(title.key(), List.of())) {
				if (best.putIfAbsent(listed.ref(), new Reason("TITLE_SIMILAR", "title", listing.title(), listed.name(),
						similar * 0.95, "title \"" + listing.title() + "\" is the name \"" + listed.name() + "\" of "
								+ listed.ref().describe() + " plus descriptive words (same words \"" + title.key()
								+ "\")")) == null) {
					against.put(listed.ref(), listed);
				}
			}
		}
		glued(listing.title(), title.headCompact(), best, against);
		fuzzy(listing.title(), title.headCompact(), best, against);
		if (best.isEmpty()) {
			return;
		}
		boolean genericTitle = this.analyzer.isGeneric(title);
		best.forEach((ref, reason) -> {
			ListedTitle listed = against.get(ref);
			// a generic name on either side ("Video Player", "File Explorer") says what the app does, not which
			// app it is: such a hit can only ever send the listing to review
			boolean generic = genericTitle || listed.title().generic();
			Reason shown = generic ? new Reason(reason.code(), reason.field(), reason.listingValue(),
					reason.listValue(), reason.score(), reason.explanation() + " [generic name: a title alone "
							+ "cannot tell this app from the many others of that name]") : reason;
			evidence.add(ref, Evidence.TITLE, shown);
			if (generic) {
				evidence.mark(ref, Evidence.GENERIC_TITLE);
			}
			if ("TITLE_EXACT".equals(reason.code())
					&& listed.title().distinctiveWeight() >= this.rules.thresholds().nameOnlyDistinctiveWeight()) {
				evidence.mark(ref, Evidence.EXACT_TITLE);
			}
		});
	}

	private void fuzzy(String raw, String compact, Map<EntryRef, Reason> best, Map<EntryRef, ListedTitle> against) {
		MatchingRules.Thresholds thresholds = this.rules.thresholds();
		if (compact.length() < thresholds.minFuzzyTitleLength()) {
			return;
		}
		for (int size = 3; size <= 4; size++) {
			for (String end : ends(compact, size)) {
				fuzzy(raw, compact, this.byEnds.get(end), best, against);
			}
		}
	}

	private void fuzzy(String raw, String compact, List<ListedTitle> candidates, Map<EntryRef, Reason> best,
			Map<EntryRef, ListedTitle> against) {
		if (candidates == null) {
			return;
		}
		MatchingRules.Thresholds thresholds = this.rules.thresholds();
		for (ListedTitle listed : candidates) {
			if (best.containsKey(listed.ref())) {
				continue;
			}
			double similarity = NameSimilarity.similarity(compact, listed.title().compact(), thresholds.title());
			if (similarity > 0) {
				against.put(listed.ref(), listed);
				best.put(listed.ref(), new Reason("TITLE_SIMILAR", "title", raw, listed.name(),
						this.rules.scores().titleSimilar() * similarity,
						String.format(Locale.ROOT, "title \"%s\" is close to the name \"%s\" of %s "
								+ "(similarity %.2f >= %.2f: \"%s\" vs \"%s\")", raw, listed.name(),
								listed.ref().describe(), similarity, thresholds.title(), compact,
								listed.title().compact())));
			}
		}
	}

	private void glued(String raw, String compact, Map<EntryRef, Reason> best, Map<EntryRef, ListedTitle> against) {
		for (String variant : this.gluedVariants) {
			if (compact.length() <= variant.length() + 2 || !compact.endsWith(variant)) {
				continue;
			}
			String stem = compact.substring(0, compact.length() - variant.length());
			for (ListedTitle listed : this.byCompact.getOrDefault(stem, List.of())) {
				if (best.putIfAbsent(listed.ref(), new Reason("TITLE_SIMILAR", "title", raw, listed.name(),
						this.rules.scores().titleSimilar() * 0.95, "title \"" + raw + "\" is the name \"" + listed.name()
								+ "\" of " + listed.ref().describe() + " with \"" + variant + "\" glued to it")) == null) {
					against.put(listed.ref(), listed);
				}
			}
		}
	}

	/**
	 * Blocking keys: one typo leaves either the first or the last characters intact; four of them for names
	 * of eight characters or more keep the buckets small on long lists, three for shorter names.
	 */
	private static String[] ends(String compact, int size) {
		if (compact.length() < size) {
			return new String[0];
		}
		return new String[] { "<" + compact.substring(0, size), ">" + compact.substring(compact.length() - size) };
	}

	private static int endSize(int length) {
		return (length >= 8) ? 4 : 3;
	}

	private record ListedTitle(EntryRef ref, String name, NameAnalyzer.AnalyzedTitle title) {
	}

}
