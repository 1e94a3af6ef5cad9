package dev.delist.config;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The quick look that lets a list without anchors skip the second parse: it may say "maybe" for text that holds
 * none, never "no" for a file that holds one.
 */
class YamlAnchorScanTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
			an anchor                    | 'name: &t Banned App'              | true  | true
			an alias                     | 'name: *t'                         | true  | true
			an alias in a flow sequence  | 'countries: [*c, us]'              | true  | true
			an alias in a flow mapping   | 'x: {a: *b}'                       | true  | true
			an anchor on a mapping       | 'job: &j\\n  a: 1'                 | true  | true
			an ampersand between words   | 'name: Johnson & Johnson'          | false | false
			an asterisk between numbers  | 'name: 5 * 3 apps'                 | false | false
			a trailing ampersand         | 'name: R&'                         | false | false
			an ampersand before a comma  | 'x: [a &, b]'                      | false | false
			quoted, so not an anchor     | 'name: "&x"'                       | true  | false
			inside a word                | 'name: AT&T'                       | true  | false
			""")
	void shouldLookAgainOnlyWhereAnAnchorCouldBe(String what, String yaml, boolean maybe, boolean refused) {
		byte[] bytes = yaml.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8);

		assertThat(YamlDocument.mayHoldAnchorOrAlias(bytes)).isEqualTo(maybe);
		if (refused) {
			assertThatExceptionOfType(InputException.class).isThrownBy(() -> YamlDocument.of(Path.of("l.yaml"), bytes))
				.withMessageContaining("anchors and aliases are not supported");
		}
		else {
			assertThat(YamlDocument.of(Path.of("l.yaml"), bytes).lineOf("name")).isEqualTo(1);
		}
	}

}
