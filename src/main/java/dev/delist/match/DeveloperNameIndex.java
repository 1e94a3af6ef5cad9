package dev.delist.match;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.delist.list.Developer;

/**
 * Listed developer names and aliases by their distinctive tokens. A listing looks up its tokens, rarest
 * first, and skips common ones once it has a rarer one, so no listing walks the list.
 */
final class DeveloperNameIndex {

	/** Tokens with more names than this are skipped for look-up when the name has a rarer one. */
	static final int COMMON_TOKEN = 64;

	private final Map<String, List<ListedName>> byToken = new HashMap<>();

	private final NameSimilarity similarity;

	DeveloperNameIndex(NameSimilarity similarity) {
		this.similarity = similarity;
	}

	void add(EntryRef ref, Developer developer, String name, List<Token> tokens) {
		ListedName listed = new ListedName(ref, developer, name, tokens, this.similarity.totalWeight(tokens),
				distinctiveWeight(tokens));
		tokens.stream()
			.filter((t) -> t.kind() == Token.Kind.DISTINCTIVE)
			.map(Token::text)
			.distinct()
			.forEach((t) -> this.byToken.computeIfAbsent(t, (k) -> new ArrayList<>(2)).add(listed));
	}

	/** The listed names sharing a distinctive token, looked up by the rarer tokens only. */
	List<ListedName> candidates(List<Token> tokens) {
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

	double distinctiveWeight(List<Token> tokens) {
		double weight = 0;
		for (Token token : tokens) {
			if (token.kind() == Token.Kind.DISTINCTIVE) {
				weight += this.similarity.weight(token);
			}
		}
		return weight;
	}

	/** The weight of the distinctive tokens no listed name has. */
	double unknownWeight(List<Token> tokens) {
		double unknown = 0;
		for (Token token : tokens) {
			if (token.kind() == Token.Kind.DISTINCTIVE && !this.byToken.containsKey(token.text())) {
				unknown += this.similarity.weight(token);
			}
		}
		return unknown;
	}

	/**
	 * @param weight all tokens' weight
	 * @param distinctive the distinctive tokens' weight
	 */
	record ListedName(EntryRef ref, Developer developer, String name, List<Token> tokens, double weight,
			double distinctive) {
	}

}
