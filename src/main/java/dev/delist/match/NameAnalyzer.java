package dev.delist.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns developer names and titles into classified tokens with the vocabulary of {@link MatchingRules}. The
 * list side and the listing side go through the same code, so both sides of a comparison agree.
 */
final class NameAnalyzer {

	private static final String[] TITLE_SEPARATORS = { " - ", " – ", " — ", ":", "|", "(", "[", "/" };

	private final TextNormalizer text;

	/** Legal-form phrases by their first word, longest first, so most words cost one map miss. */
	private final Map<String, List<LegalForm>> legalForms = new HashMap<>();

	private final Set<String> places;

	private final Set<String> stopWords;

	private final Set<String> titleFillers;

	private final Set<String> titleVariants;

	private final Set<String> genericTitleWords;

	NameAnalyzer(MatchingRules rules) {
		Set<String> vocabulary = new HashSet<>();
		rules.legalForms().values().forEach(vocabulary::addAll);
		vocabulary.addAll(rules.placeWords());
		vocabulary.addAll(rules.stopWords());
		vocabulary.addAll(rules.titleFillers());
		vocabulary.addAll(rules.titleVariantWords());
		vocabulary.addAll(rules.genericTitleWords());
		this.text = new TextNormalizer(vocabulary);
		this.places = folded(rules.placeWords());
		this.stopWords = folded(rules.stopWords());
		this.titleFillers = folded(rules.titleFillers());
		this.titleVariants = folded(rules.titleVariantWords());
		this.genericTitleWords = folded(rules.genericTitleWords());
		rules.legalForms().forEach((canonical, phrases) -> phrases.forEach((phrase) -> {
			List<String> words = this.text.words(this.text.fold(phrase));
			if (!words.isEmpty()) {
				this.legalForms.computeIfAbsent(words.get(0), (k) -> new ArrayList<>())
					.add(new LegalForm(words, canonical));
			}
		}));
		this.legalForms.values().forEach((forms) -> forms.sort((a, b) -> b.words().size() - a.words().size()));
	}

	TextNormalizer text() {
		return this.text;
	}

	/** A developer or company name: legal forms, places and generic words marked, the rest distinctive. */
	AnalyzedName developer(String raw) {
		List<String> words = this.text.words(this.text.fold(raw));
		List<Token> tokens = new ArrayList<>(words.size());
		boolean distinctive = false;
		for (int i = 0; i < words.size();) {
			LegalForm legal = legalFormAt(words, i);
			if (legal != null) {
				tokens.add(new Token(legal.canonical(), Token.Kind.LEGAL));
				i += legal.words().size();
				continue;
			}
			String word = words.get(i++);
			Token.Kind kind = this.places.contains(word) ? Token.Kind.PLACE
					: this.stopWords.contains(word) ? Token.Kind.GENERIC : Token.Kind.DISTINCTIVE;
			distinctive |= kind == Token.Kind.DISTINCTIVE;
			tokens.add(new Token(word, kind));
		}
		if (!distinctive) {
			// a name made only of generic words ("China Mobile Communications") must still be matchable
			tokens.replaceAll((t) -> (t.kind() == Token.Kind.GENERIC) ? new Token(t.text(), Token.Kind.DISTINCTIVE) : t);
		}
		return new AnalyzedName(raw, tokens);
	}

	/**
	 * A title or an app name: the whole title and its head (before " - ", ":" ...), each without trailing
	 * variant words (Lite, HD, 极速版), as compact strings; and the head's words other than fillers.
	 */
	AnalyzedTitle title(String raw) {
		TitleKeys keys = titleKeys(raw);
		return new AnalyzedTitle(raw, keys.compact(), keys.headCompact(), keys.key(), keys.keyWeight(),
				generic(keys.words()), distinctiveWeight(keys.words()));
	}

	/**
	 * What a listing's title is looked up by: the part of {@link #title} every listing needs, while whether it
	 * is generic and how distinctive it is matter only once a lookup found a name ({@link #isGeneric}).
	 */
	TitleKeys titleKeys(String raw) {
		String folded = this.text.fold(raw);
		List<String> words = this.text.words(folded);
		List<String> all = withoutVariants(words);
		int cut = headEnd(folded);
		List<String> headWords = (cut < 0) ? all : withoutVariants(headWords(folded, cut, words));
		if (headWords.isEmpty()) {
			headWords = all;
		}
		StringBuilder key = new StringBuilder();
		int weight = 0;
		for (String word : headWords) {
			if (!this.titleFillers.contains(word)) {
				key.append(key.isEmpty() ? "" : " ").append(word);
				// a Han character says about as much as two letters
				weight += TextNormalizer.hasHan(word) ? 2 * word.length() : word.length();
			}
		}
		return new TitleKeys(String.join("", all), String.join("", headWords), key.toString(), weight, words);
	}

	/** {@link AnalyzedTitle#generic()} of the title these keys are of. */
	boolean isGeneric(TitleKeys keys) {
		return generic(keys.words());
	}

	/** The length of the title's words that are not generic, fillers, variants or numbers; Han counts double. */
	private int distinctiveWeight(List<String> words) {
		int weight = 0;
		for (String word : words) {
			if (!isGenericWord(word)) {
				weight += TextNormalizer.hasHan(word) ? 2 * word.length() : word.length();
			}
		}
		return weight;
	}

	private boolean isGenericWord(String word) {
		return this.genericTitleWords.contains(word) || this.titleFillers.contains(word)
				|| this.titleVariants.contains(word) || allDigits(word);
	}

	private static boolean allDigits(String word) {
		for (int i = 0; i < word.length(); i++) {
			if (!Character.isDigit(word.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether a title only says what kind of app it is: every word a generic title word, a filler, a variant
	 * word or a number ("Music Player - MP3 Player & 10 Bands Equalizer", "AppLock", "File Explorer").
	 */
	private boolean generic(List<String> words) {
		if (words.isEmpty()) {
			return true;
		}
		for (String word : words) {
			if (!isGenericWord(word)) {
				return false;
			}
		}
		return true;
	}

	private List<String> withoutVariants(List<String> words) {
		int end = words.size();
		while (end > 1 && this.titleVariants.contains(words.get(end - 1))) {
			end--;
		}
		return (end == words.size()) ? words : words.subList(0, end);
	}

	/** Where the title's head ends (the first separator after its start), or -1 when it has none. */
	private static int headEnd(String folded) {
		int cut = -1;
		for (String separator : TITLE_SEPARATORS) {
			int at = folded.indexOf(separator);
			if (at > 0 && (cut < 0 || at < cut)) {
				cut = at;
			}
		}
		return cut;
	}

	/**
	 * The words of the head, {@code folded} up to {@code cut}. In ASCII text they are the first words of the whole
	 * title, as every separator starts with a character that is not part of a word: counted, not cut out again.
	 */
	private List<String> headWords(String folded, int cut, List<String> words) {
		if (!TextNormalizer.isAscii(folded)) {
			return this.text.words(folded.substring(0, cut));
		}
		return words.subList(0, TextNormalizer.asciiWordCount(folded, cut));
	}

	private LegalForm legalFormAt(List<String> words, int from) {
		List<LegalForm> forms = this.legalForms.get(words.get(from));
		if (forms == null) {
			return null;
		}
		for (LegalForm form : forms) {
			int size = form.words().size();
			if (from + size <= words.size() && form.words().equals(words.subList(from, from + size))) {
				return form;
			}
		}
		return null;
	}

	private Set<String> folded(List<String> words) {
		Set<String> result = new HashSet<>();
		for (String word : words) {
			result.add(String.join(" ", this.text.words(this.text.fold(word))));
		}
		return result;
	}

	record AnalyzedName(String raw, List<Token> tokens) {
	}

	private record LegalForm(List<String> words, String canonical) {
	}

	/**
	 * @param compact all words of the title joined without spaces
	 * @param headCompact the same for the head
	 * @param key the head's non-filler words, space-separated
	 * @param keyWeight the key's length, Han characters counting double
	 * @param generic every word of the title is generic: it names a kind of app, not one app
	 * @param distinctiveWeight the length of its other words (Han counting double): how much of the title could
	 * tell one app from another
	 */
	/**
	 * @param words all words of the folded title, variants included
	 */
	record TitleKeys(String compact, String headCompact, String key, int keyWeight, List<String> words) {
	}

	record AnalyzedTitle(String raw, String compact, String headCompact, String key, int keyWeight, boolean generic,
			int distinctiveWeight) {
	}

}
