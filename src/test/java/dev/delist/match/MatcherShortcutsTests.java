package dev.delist.match;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The matcher's hand-written shortcuts (they run on every listing of a catalog of millions) say what the
 * expressions they replace said.
 */
class MatcherShortcutsTests {

	@Test
	void shouldFindTheUrlSchemeAsItsPatternDoes() {
		List<String> urls = new ArrayList<>(List.of("https://apps.apple.com/us/app/id1", "http://x", "ftp://a/b",
				"a+b.c-d://x", "://x", "1http://x", "https:/x", "https:x", "mailto:a@b", "", "h", "http", "HTTPS://X",
				"web+app://x", "x-y.z://"));
		SplittableRandom random = new SplittableRandom(3);
		String alphabet = "ahtps:/.+-1A_";
		for (int i = 0; i < 20_000; i++) {
			StringBuilder url = new StringBuilder();
			for (int k = random.nextInt(9); k > 0; k--) {
				url.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			urls.add(url.toString());
		}
		for (String url : urls) {
			String removed = url.replaceFirst("^[a-z][a-z0-9+.-]*://", "");
			assertThat(url.substring(IdentifierRules.schemeEnd(url))).as(url).isEqualTo(removed);
		}
	}

	@Test
	void shouldSplitAsciiTextIntoTheSameWordsAsTheUnicodePath() {
		TextNormalizer text = new TextNormalizer(java.util.Set.of());
		SplittableRandom random = new SplittableRandom(11);
		String alphabet = "abcXYZ019 -_.:&'()/\t\u00e9";
		for (int i = 0; i < 20_000; i++) {
			StringBuilder sample = new StringBuilder();
			for (int k = random.nextInt(14); k > 0; k--) {
				sample.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			String ascii = sample.toString().replace('\u00e9', 'e');
			// the same text with one non-ASCII letter appended takes the Unicode path: its words are the same plus one
			List<String> unicode = new ArrayList<>(text.words(ascii + " \u00e9"));
			assertThat(unicode.remove(unicode.size() - 1)).isEqualTo("\u00e9");
			assertThat(text.words(ascii)).as(ascii).isEqualTo(unicode);
		}
	}

	@Test
	void shouldFindAnAsciiTitlesHeadWordsAmongItsWordsAsCuttingItOutWould() {
		// titleKeys takes the head's words as the first words of the whole title: the words that cutting the head
		// out and splitting it again would give, at every place a separator can end the head
		TextNormalizer text = new TextNormalizer(java.util.Set.of());
		SplittableRandom random = new SplittableRandom(5);
		String[] pieces = { "cam", "scanner", "hd", "lite", "pro", "2", "x9", " ", " ", " - ", ":", "|", "(", "[", "/",
				"&", "'", ".", "-" };
		int checked = 0;
		for (int i = 0; i < 20_000; i++) {
			StringBuilder title = new StringBuilder();
			for (int k = 1 + random.nextInt(8); k > 0; k--) {
				title.append(pieces[random.nextInt(pieces.length)]);
			}
			String folded = title.toString();
			List<String> words = text.words(folded);
			for (int cut = 1; cut < folded.length(); cut++) {
				if (" :|([/".indexOf(folded.charAt(cut)) < 0) {
					continue;
				}
				assertThat(words.subList(0, TextNormalizer.asciiWordCount(folded, cut))).as("%s cut at %d", folded, cut)
					.isEqualTo(text.words(folded.substring(0, cut)));
				checked++;
			}
		}
		assertThat(checked).isGreaterThan(20_000);
	}

}
