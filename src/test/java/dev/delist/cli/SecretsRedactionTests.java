package dev.delist.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What {@link Secrets#redact} hides in messages drivers and libraries write, and what it leaves readable. */
class SecretsRedactionTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			JDBC password param     | jdbc:postgresql://db:5432/delist?user=app&password=s3cret&ssl=true | jdbc:postgresql://db:5432/delist?user=app&password=***&ssl=true
			JDBC sslpassword param  | jdbc:postgresql://db/delist?sslpassword=s3cret                     | jdbc:postgresql://db/delist?sslpassword=***
			semicolon properties    | jdbc:sqlserver://db;user=app;password=s3cret;encrypt=true          | jdbc:sqlserver://db;user=app;password=***;encrypt=true
			user and password in URL| https://app:s3cret@store.example/lookup                           | https://app:***@store.example/lookup
			password only in URL    | https://:s3cret@store.example/lookup                              | https://:***@store.example/lookup
			token query param       | https://store.example/api?access_token=s3cret&q=1                 | https://store.example/api?access_token=***&q=1
			api key                 | request failed: api_key=s3cret                                    | request failed: api_key=***
			secret as YAML          | client-secret: s3cret                                             | client-secret: ***
			secret as JSON          | `{"password":"s3cret"}`                                           | `{"password":"***"}`
			bearer header           | Authorization: Bearer s3cret.jwt.value                            | Authorization: Bearer ***
			basic header            | Proxy-Authorization: Basic czNjcmV0                               | Proxy-Authorization: Basic ***
			""")
	void shouldHideTheSecret(String kind, String text, String expected) {
		assertThat(Secrets.redact(text)).isEqualTo(expected).doesNotContain("s3cret");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			plain URL           | jdbc:postgresql://127.0.0.1:1/delist
			driver message      | Connection to 127.0.0.1:1 refused. Check that the hostname and port are correct
			auth failure        | FATAL: password authentication failed for user "delist"
			""")
	void shouldLeaveMessagesWithoutSecretsAlone(String kind, String text) {
		assertThat(Secrets.redact(text)).isEqualTo(text);
	}

	@Test
	void shouldKnowSecretKeysByTheirNames() {
		assertThat(Secrets.isSecretKey("spring.datasource.password")).isTrue();
		assertThat(Secrets.isSecretKey("delist.stores.apple.api-key")).isTrue();
		assertThat(Secrets.isSecretKey("delist.http.max-attempts")).isFalse();
	}

}
