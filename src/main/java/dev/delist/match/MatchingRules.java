package dev.delist.match;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The matcher's data: vocabulary, thresholds and score weights. Packaged defaults live in
 * {@code dev/delist/match/matching-rules.yaml}; docs/matching.md explains each value.
 *
 * @param genericTitleWords words that name a kind of app (player, cleaner, applock): a title made only of them,
 * fillers and numbers is generic, and a title match on it alone only ever sends a listing to review
 * @param nameRules false to run the identifier rules only (used to measure them alone)
 */
public record MatchingRules(String version, List<String> variantSuffixes, List<String> titleVariantWords,
		List<String> titleFillers, List<String> genericTitleWords, Map<String, List<String>> legalForms,
		List<String> placeWords, List<String> stopWords, Weights weights, Thresholds thresholds, Scores scores,
		Boolean nameRules) {

	private static final String RESOURCE = "matching-rules.yaml";

	public MatchingRules {
		variantSuffixes = List.copyOf(variantSuffixes);
		titleVariantWords = List.copyOf(titleVariantWords);
		titleFillers = List.copyOf(titleFillers);
		genericTitleWords = (genericTitleWords != null) ? List.copyOf(genericTitleWords) : List.of();
		legalForms = Map.copyOf(legalForms);
		placeWords = List.copyOf(placeWords);
		stopWords = List.copyOf(stopWords);
		nameRules = (nameRules == null) || nameRules;
	}

	/** The packaged defaults. */
	public static MatchingRules defaults() {
		try (InputStream in = MatchingRules.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("missing packaged " + RESOURCE);
			}
			return YAMLMapper.builder()
				.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.build()
				.readValue(in, MatchingRules.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The same rules with every name and title rule switched off. */
	public MatchingRules identifiersOnly() {
		return new MatchingRules(this.version, this.variantSuffixes, this.titleVariantWords, this.titleFillers,
				this.genericTitleWords, this.legalForms, this.placeWords, this.stopWords, this.weights, this.thresholds, this.scores, false);
	}

	public boolean namesEnabled() {
		return this.nameRules;
	}

	/** Token weights of the weighted token alignment. */
	public record Weights(double distinctive, double generic, double place, double legal) {
	}

	/**
	 * @param nameOnlyDistinctiveWeight the distinctive characters a listed name needs before its exact title alone
	 * makes a name-screened entry LIKELY
	 */
	public record Thresholds(double developerName, double token, int minFuzzyLength, double title,
			int minFuzzyTitleLength, int nameOnlyDistinctiveWeight) {
	}

	/** Base scores of the reasons, before confidence weights. */
	public record Scores(double exact, double variant, double namespace, double developerId, double developerName,
			double titleExact, double titleSimilar) {
	}

}
