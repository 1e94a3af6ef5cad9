package dev.delist.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

/**
 * Folds text to one comparable form (NFKC with Unicode case folding, then Traditional to Simplified Chinese)
 * and cuts it into words. Runs of Han characters have no spaces, so they are segmented against the known
 * vocabulary (有限公司, 深圳, 科技 ...): what is left between known words is the distinctive part.
 */
final class TextNormalizer {

	/**
	 * One for the process, shared: ICU takes about half a second to build it the first time, which
	 * {@link #prepare()} moves off the path of a command that will match. A Transliterator keeps state while it
	 * runs, so it is used under its own lock.
	 */
	private static final FutureTask<Transliterator> SIMPLIFIER = new FutureTask<>(() -> {
		Nfkc.CASEFOLD.getClass(); // loaded beside it, off the same path
		return Transliterator.getInstance("Traditional-Simplified");
	});

	private final Transliterator toSimplified = simplifier();

	/** Per BMP character: 0 not yet known, 1 unchanged by Traditional-Simplified, 2 changed. */
	private final byte[] traditional = new byte[0x10000];

	private final Set<String> hanWords;

	private final int longestHanWord;

	/** Starts building the shared transliterator on a thread of its own, if nothing has started it yet. */
	static void prepare() {
		if (SIMPLIFIER.isDone()) {
			return;
		}
		Thread thread = new Thread(SIMPLIFIER, "prepare-matching");
		thread.setDaemon(true);
		thread.start();
	}

	private static Transliterator simplifier() {
		SIMPLIFIER.run(); // builds it here unless a thread of prepare() is building or has built it
		try {
			return SIMPLIFIER.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while ICU's Traditional-Simplified transliterator was built", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("ICU's Traditional-Simplified transliterator: " + ex.getCause(), ex.getCause());
		}
	}

	TextNormalizer(Set<String> vocabulary) {
		this.hanWords = vocabulary.stream().filter(TextNormalizer::hasHan).collect(java.util.stream.Collectors.toSet());
		this.longestHanWord = this.hanWords.stream().mapToInt(String::length).max().orElse(0);
	}

	/** NFKC + case fold + simplified Chinese; plain ASCII (most listings) takes a fast path. */
	String fold(String text) {
		if (text == null) {
			return "";
		}
		if (isAscii(text)) {
			return text.toLowerCase(Locale.ROOT);
		}
		String folded = Nfkc.CASEFOLD.normalize(text);
		if (hasTraditional(folded)) {
			synchronized (this.toSimplified) {
				folded = this.toSimplified.transliterate(folded);
			}
		}
		return folded;
	}

	/** Whether a Han character of the text changes under Traditional-Simplified; answers are cached per character. */
	private boolean hasTraditional(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x2E80 || Character.isSurrogate(c)) {
				if (Character.isSurrogate(c) && hasHan(text)) {
					return true; // rare supplementary Han: transliterate rather than guess
				}
				continue;
			}
			byte known = this.traditional[c];
			if (known == 0) {
				String one = String.valueOf(c);
				synchronized (this.toSimplified) {
					known = this.toSimplified.transliterate(one).equals(one) ? (byte) 1 : (byte) 2;
				}
				this.traditional[c] = known;
			}
			if (known == 2) {
				return true;
			}
		}
		return false;
	}

	/** Words of folded text: letter/digit runs, and Han runs segmented against the vocabulary. */
	List<String> words(String folded) {
		if (isAscii(folded)) {
			return asciiWords(folded);
		}
		List<String> words = new ArrayList<>(8);
		int start = -1;
		boolean han = false;
		for (int i = 0; i < folded.length();) {
			int cp = folded.codePointAt(i);
			boolean isHan = isCjk(cp);
			boolean isWord = isHan || Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
			if (start >= 0 && (!isWord || isHan != han)) {
				emit(folded.substring(start, i), han, words);
				start = -1;
			}
			if (isWord && start < 0) {
				start = i;
				han = isHan;
			}
			i += Character.charCount(cp);
		}
		if (start >= 0) {
			emit(folded.substring(start), han, words);
		}
		return words;
	}

	/**
	 * The same words for ASCII text (most listings), without code points and Unicode tables: in ASCII the word
	 * characters are the letters and digits, and there is no Han.
	 */
	private static List<String> asciiWords(String folded) {
		List<String> words = new ArrayList<>(8);
		int start = -1;
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			boolean isWord = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
			if (isWord) {
				if (start < 0) {
					start = i;
				}
			}
			else if (start >= 0) {
				words.add(folded.substring(start, i));
				start = -1;
			}
		}
		if (start >= 0) {
			words.add(folded.substring(start));
		}
		return words;
	}

	/** How many words {@link #words} finds in the first {@code end} characters of ASCII text. */
	static int asciiWordCount(String folded, int end) {
		int count = 0;
		boolean inWord = false;
		for (int i = 0; i < end; i++) {
			char c = folded.charAt(i);
			boolean isWord = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
			if (isWord && !inWord) {
				count++;
			}
			inWord = isWord;
		}
		return count;
	}

	private void emit(String run, boolean han, List<String> words) {
		if (!han || this.longestHanWord == 0) {
			words.add(run);
			return;
		}
		int pending = 0;
		int i = 0;
		while (i < run.length()) {
			int length = longestKnownAt(run, i);
			if (length == 0) {
				i++;
				continue;
			}
			if (pending < i) {
				words.add(run.substring(pending, i));
			}
			words.add(run.substring(i, i + length));
			i += length;
			pending = i;
		}
		if (pending < run.length()) {
			words.add(run.substring(pending));
		}
	}

	private int longestKnownAt(String run, int from) {
		for (int length = Math.min(this.longestHanWord, run.length() - from); length > 0; length--) {
			if (this.hanWords.contains(run.substring(from, from + length))) {
				return length;
			}
		}
		return 0;
	}

	static boolean isAscii(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= 0x80) {
				return false;
			}
		}
		return true;
	}

	static boolean hasHan(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			// every Han block starts at or after U+2E80; most text is below it
			if (c >= 0x2E80 && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
				return true;
			}
		}
		return false;
	}

	private static boolean isCjk(int cp) {
		if (cp < 0x2E80) {
			return false;
		}
		Character.UnicodeScript script = Character.UnicodeScript.of(cp);
		return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
				|| script == Character.UnicodeScript.KATAKANA;
	}

	/** Loaded on first use: ASCII text never needs it. */
	private static final class Nfkc {

		static final Normalizer2 CASEFOLD = Normalizer2.getNFKCCasefoldInstance();

	}

}
