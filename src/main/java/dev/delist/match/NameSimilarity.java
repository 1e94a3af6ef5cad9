package dev.delist.match;

import java.util.List;

/**
 * Weighted token alignment of two analysed names: each token finds its best unused partner on the other
 * side; the score is matched weight over total weight on both sides (a weighted Dice). A pair with no
 * distinctive token in common scores 0, so legal forms, places and generic words never match alone.
 */
final class NameSimilarity {

	private final MatchingRules.Weights weights;

	private final MatchingRules.Thresholds thresholds;

	NameSimilarity(MatchingRules rules) {
		this.weights = rules.weights();
		this.thresholds = rules.thresholds();
	}

	double score(List<Token> left, List<Token> right) {
		boolean[] used = new boolean[right.size()];
		double matched = 0;
		double total = 0;
		boolean distinctive = false;
		for (Token token : right) {
			total += weight(token);
		}
		for (Token token : left) {
			total += weight(token);
			int best = -1;
			double bestSimilarity = 0;
			for (int j = 0; j < right.size(); j++) {
				if (used[j] || (token.kind() == Token.Kind.LEGAL) != (right.get(j).kind() == Token.Kind.LEGAL)) {
					continue;
				}
				double similarity = tokenSimilarity(token.text(), right.get(j).text());
				if (similarity > bestSimilarity) {
					best = j;
					bestSimilarity = similarity;
				}
			}
			if (best >= 0) {
				used[best] = true;
				Token other = right.get(best);
				matched += bestSimilarity * (weight(token) + weight(other));
				distinctive |= token.kind() == Token.Kind.DISTINCTIVE && other.kind() == Token.Kind.DISTINCTIVE;
			}
		}
		return (distinctive && total > 0) ? matched / total : 0;
	}

	/** 1 for equal words; for long words 1 - Levenshtein / longer length when above the token threshold. */
	double tokenSimilarity(String a, String b) {
		if (a.equals(b)) {
			return 1;
		}
		if (Math.min(a.length(), b.length()) < this.thresholds.minFuzzyLength()) {
			return 0;
		}
		return similarity(a, b, this.thresholds.token());
	}

	double totalWeight(List<Token> tokens) {
		double total = 0;
		for (Token token : tokens) {
			total += weight(token);
		}
		return total;
	}

	double weight(Token token) {
		return switch (token.kind()) {
			case DISTINCTIVE -> this.weights.distinctive();
			case GENERIC -> this.weights.generic();
			case PLACE -> this.weights.place();
			case LEGAL -> this.weights.legal();
		};
	}

	/** 1 - Levenshtein distance / longer length if at least {@code minimum}, else 0. */
	static double similarity(String a, String b, double minimum) {
		int longer = Math.max(a.length(), b.length());
		if (longer == 0) {
			return 1;
		}
		int allowed = (int) Math.floor((1.0 - minimum) * longer + 1e-9);
		if (Math.abs(a.length() - b.length()) > allowed) {
			return 0;
		}
		int distance = levenshtein(a, b, allowed);
		return (distance > allowed) ? 0 : 1.0 - (double) distance / longer;
	}

	/** Levenshtein distance, or any value above {@code allowed} as soon as a whole row exceeds it. */
	static int levenshtein(String a, String b, int allowed) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			int rowMinimum = i;
			char ca = a.charAt(i - 1);
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + ((ca == b.charAt(j - 1)) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
				rowMinimum = Math.min(rowMinimum, current[j]);
			}
			if (rowMinimum > allowed) {
				return allowed + 1;
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
