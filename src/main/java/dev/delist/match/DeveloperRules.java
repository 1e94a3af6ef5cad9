package dev.delist.match;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.delist.list.Developer;
import dev.delist.list.Identifier;
import dev.delist.list.IdentifierType;
import dev.delist.store.Listing;
import dev.delist.store.Store;

/**
 * DEVELOPER_ID (store-scoped: a Play developer id or an Apple artistId) and DEVELOPER_NAME (weighted token
 * alignment of the listing's developer and legal names with the listed developers' names and aliases). Names
 * are found through an inverted index on distinctive tokens, rarest first, so no listing walks the list.
 */
final class DeveloperRules {

	/** Tokens with more entries than this are skipped for look-up when the name has a rarer one. */
	private static final int COMMON_TOKEN = 64;

	private final Map<IdentifierType, Map<String, List<ListedId>>> ids = new EnumMap<>(IdentifierType.class);

	private final Map<String, List<ListedName>> byToken = new HashMap<>();

	private final NameAnalyzer analyzer;

	private final NameSimilarity similarity;

	private final MatchingRules rules;

	DeveloperRules(MatchingRules rules, NameAnalyzer analyzer) {
		this.rules = rules;
		this.analyzer = analyzer;
		this.similarity = new NameSimilarity(rules);
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
				List<Token> tokens = this.analyzer.developer(name).tokens();
				ListedName listed = new ListedName(ref, developer, name, tokens, this.similarity.totalWeight(tokens),
						distinctiveWeight(tokens));
				listed.tokens().stream()
					.filter((t) -> t.kind() == Token.Kind.DISTINCTIVE)
					.map(Token::text)
					.distinct()
					.forEach((t) -> this.byToken.computeIfAbsent(t, (k) -> new ArrayList<>(2)).add(listed));
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
		if (listing.developerId() == null) {
			return;
		}
		IdentifierType type = (listing.store() == Store.APPLE) ? IdentifierType.ARTIST_ID : IdentifierType.DEVELOPER_ID;
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
		List<ListedName> candidates = candidates(tokens);
		// Many candidates means the listing shares only a common word with them. Then the listing's words the
		// list never uses stay unmatched, and so do the candidate's distinctive words beyond the listing's known
		// ones: that caps the best possible score, and most candidates need no comparison at all.
		double weight = this.similarity.totalWeight(tokens);
		boolean prune = candidates.size() > COMMON_TOKEN;
		double unknown = prune ? unknownWeight(tokens) : 0;
		double known = prune ? distinctiveWeight(tokens) - unknown : 0;
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

	private double distinctiveWeight(List<Token> tokens) {
		double weight = 0;
		for (Token token : tokens) {
			if (token.kind() == Token.Kind.DISTINCTIVE) {
				weight += this.similarity.weight(token);
			}
		}
		return weight;
	}

	private double unknownWeight(List<Token> tokens) {
		double unknown = 0;
		for (Token token : tokens) {
			if (token.kind() == Token.Kind.DISTINCTIVE && !this.byToken.containsKey(token.text())) {
				unknown += this.similarity.weight(token);
			}
		}
		return unknown;
	}

	/** The listed names sharing a distinctive token, looked up by the rarer tokens only. */
	private List<ListedName> candidates(List<Token> tokens) {
		List<List<ListedName>> postings = new ArrayList<>(tokens.size());
		for (Token token : tokens) {
			if (token.kind() == Token.Kind.DISTINCTIVE) {
				List<ListedName> posting = this.byToken.get(token.text());
				if (posting != null) {
					postings.add(posting);
				}
			}
		}
		if (postings.isEmpty()) {
			return List.of();
		}
		if (postings.size() == 1) {
			return postings.get(0);
		}
		postings.sort(Comparator.comparingInt(List::size));
		List<ListedName> result = new ArrayList<>(postings.get(0));
		Set<ListedName> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		seen.addAll(result);
		for (int i = 1; i < postings.size() && postings.get(i).size() <= COMMON_TOKEN; i++) {
			for (ListedName name : postings.get(i)) {
				if (seen.add(name)) {
					result.add(name);
				}
			}
		}
		return result;
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

	private record ListedName(EntryRef ref, Developer developer, String name, List<Token> tokens, double weight,
			double distinctive) {
	}

}
