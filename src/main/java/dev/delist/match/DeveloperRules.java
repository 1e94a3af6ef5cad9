package dev.delist.match;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.delist.list.Developer;
import dev.delist.list.Identifier;
import dev.delist.list.IdentifierType;
import dev.delist.match.DeveloperNameIndex.ListedName;
import dev.delist.store.Listing;

/**
 * DEVELOPER_ID (store-scoped: a Play developer id or an Apple artistId) and DEVELOPER_NAME (weighted token
 * alignment of the listing's developer and legal names with the listed developers' names and aliases). Names
 * are found through {@link DeveloperNameIndex}.
 */
final class DeveloperRules {

	private final Map<IdentifierType, Map<String, List<ListedId>>> ids = new EnumMap<>(IdentifierType.class);

	private final DeveloperNameIndex names;

	private final NameAnalyzer analyzer;

	private final NameSimilarity similarity;

	private final MatchingRules rules;

	DeveloperRules(MatchingRules rules, NameAnalyzer analyzer) {
		this.rules = rules;
		this.analyzer = analyzer;
		this.similarity = new NameSimilarity(rules);
		this.names = new DeveloperNameIndex(this.similarity);
	}

	void add(EntryRef ref) {
		for (Developer developer : ref.entry.developers()) {
			for (Identifier id : developer.identifiers()) {
				addId(ref, developer, id);
			}
			List<String> names = new ArrayList<>();
			names.add(developer.name());
			names.addAll(developer.aliases());
			for (String name : names) {
				if (name == null || name.isBlank()) {
					continue;
				}
				this.names.add(ref, developer, name, this.analyzer.developer(name).tokens());
			}
		}
		for (Identifier id : ref.entry.identifiers()) {
			if (id.type().isDeveloperLevel()) {
				addId(ref, null, id);
			}
		}
	}

	private void addId(EntryRef ref, Developer developer, Identifier id) {
		this.ids.computeIfAbsent(id.type(), (k) -> new HashMap<>())
			.computeIfAbsent(id.value().toLowerCase(Locale.ROOT), (k) -> new ArrayList<>(1))
			.add(new ListedId(ref, developer, id));
	}

	void collectIds(Listing listing, Evidence evidence) {
		// a store whose developer ids lists cannot name (Galaxy Store sellers) has nothing to compare here
		IdentifierType type = IdentifierType.developerIdOf(listing.store());
		if (listing.developerId() == null || type == null) {
			return;
		}
		Map<String, List<ListedId>> ofType = this.ids.get(type);
		List<ListedId> hits = (ofType != null) ? ofType.get(listing.developerId().toLowerCase(Locale.ROOT)) : null;
		if (hits == null) {
			return;
		}
		for (ListedId hit : hits) {
			String who = (hit.developer() != null) ? hit.developer().name() + ", developer of " : "";
			evidence.add(hit.ref(), Evidence.DEVELOPER_ID, new Reason("DEVELOPER_ID", "developerId",
					listing.developerId(), hit.id().value(),
					this.rules.scores().developerId() * EntryRef.weight(hit.id().confidence()),
					type + " " + listing.developerId() + " is listed for " + who + hit.ref().describe()
							+ ", confidence " + EntryRef.label(hit.id().confidence())));
		}
	}

	void collectNames(Listing listing, Evidence evidence) {
		Map<EntryRef, Reason> best = new IdentityHashMap<>();
		names("developerName", listing.developerName(), best);
		if (listing.legalName() != null && !listing.legalName().equalsIgnoreCase(String.valueOf(listing.developerName()))) {
			names("legalName", listing.legalName(), best);
		}
		best.forEach((ref, reason) -> evidence.add(ref, Evidence.DEVELOPER_NAME, reason));
	}

	private void names(String field, String value, Map<EntryRef, Reason> best) {
		if (value == null || value.isBlank()) {
			return;
		}
		List<Token> tokens = this.analyzer.developer(value).tokens();
		double threshold = this.rules.thresholds().developerName();
		List<ListedName> candidates = this.names.candidates(tokens);
		// Many candidates means the listing shares only a common word with them. Then the listing's words the
		// list never uses stay unmatched, and so do the candidate's distinctive words beyond the listing's known
		// ones: that caps the best possible score, and most candidates need no comparison at all.
		double weight = this.similarity.totalWeight(tokens);
		boolean prune = candidates.size() > DeveloperNameIndex.COMMON_TOKEN;
		double unknown = prune ? this.names.unknownWeight(tokens) : 0;
		double known = prune ? this.names.distinctiveWeight(tokens) - unknown : 0;
		for (ListedName listed : candidates) {
			double total = weight + listed.weight();
			if (prune && (weight - unknown) + listed.weight() - Math.max(0, listed.distinctive() - known) < threshold
					* total) {
				continue;
			}
			double score = this.similarity.score(tokens, listed.tokens());
			Reason current = best.get(listed.ref());
			if (score < threshold || (current != null && current.score() >= reasonScore(listed, score))) {
				continue;
			}
			best.put(listed.ref(), new Reason("DEVELOPER_NAME", field, value, listed.name(), reasonScore(listed, score),
					String.format(Locale.ROOT, "developer name \"%s\" matches \"%s\", listed developer of %s "
							+ "(similarity %.2f >= %.2f; shared: %s)", value, listed.name(), listed.ref().describe(),
							score, threshold, shared(tokens, listed.tokens()))));
		}
	}

	private double reasonScore(ListedName listed, double similarity) {
		return this.rules.scores().developerName() * similarity * EntryRef.weight(listed.developer().confidence());
	}

	private static String shared(List<Token> left, List<Token> right) {
		List<String> words = new ArrayList<>();
		for (Token token : left) {
			if (right.stream().anyMatch((t) -> t.text().equals(token.text()))) {
				words.add(token.text());
			}
		}
		return words.isEmpty() ? "similar words" : String.join(" ", words);
	}

	private record ListedId(EntryRef ref, Developer developer, Identifier id) {
	}

}
