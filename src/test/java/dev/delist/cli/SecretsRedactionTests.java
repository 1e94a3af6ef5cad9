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
			JDBC user info          | jdbc:postgresql://delist:s3cret@db:5432/delist                    | jdbc:postgresql://delist:***@db:5432/delist
			user info with / and @  | jdbc:postgresql://delist:s3/cr@et@db/delist failed                | jdbc:postgresql://delist:***@db/delist failed
			host split off the URL  | java.net.UnknownHostException: delist:s3cret@127.0.0.1            | java.net.UnknownHostException: delist:***@127.0.0.1
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
	void shouldMaskTheSecretsOfTheConfigurationWhereverTheyAppear() {
		// given: what the configuration holds, and a driver quoting only pieces of it
		Secrets.rememberFrom("spring.datasource.password", "Pr0p-Pass");
		Secrets.rememberFrom("spring.datasource.url", "jdbc:postgresql://app:Us3r%2FInfo@db/delist?sslpassword=Ssl-Pass");
		Secrets.rememberFrom("SPRING_DATASOURCE_URL", "jdbc:postgresql://db/delist?ssl=true&password=Qu3ry-Pass");

		// then
		assertThat(Secrets.redact("auth failed with Pr0p-Pass; Us3r/Info and Us3r%2FInfo; key Ssl-Pass Qu3ry-Pass"))
			.isEqualTo("auth failed with ***; *** and ***; key *** ***");
	}

	@Test
	void shouldMaskAWebhookUrlWholeAndItsTokenPathInEveryFormOfTheKey() {
		// given: the URL is the webhook's token, and names no password: its key says it is a secret
		Secrets.rememberFrom("delist.notify.webhook-url", "https://hooks.example/services/T0AA/B0BB/Wh00kTok3n");
		Secrets.rememberFrom("DELIST_NOTIFY_WEBHOOKURL", "https://hooks.example/env/Env0Tok3n?x=1");

		// then
		assertThat(Secrets.redact("POST https://hooks.example/services/T0AA/B0BB/Wh00kTok3n failed"))
			.isEqualTo("POST *** failed");
		assertThat(Secrets.redact("unexpected end of stream on /services/T0AA/B0BB/Wh00kTok3n"))
			.isEqualTo("unexpected end of stream on ***");
		assertThat(Secrets.redact("path /env/Env0Tok3n?x=1 of hooks.example")).isEqualTo("path *** of hooks.example");
		assertThat(Secrets.isSecretKey("delist.notify.webhook-url")).isTrue();
		assertThat(Secrets.isSecretKey("delist.notify.attempts")).isFalse();
	}

	@Test
	void shouldNotTakeADirectoryOrAShortValueForASecret() {
		Secrets.rememberFrom("PWD", "/work/wt-harden");
		Secrets.rememberFrom("OLDPWD", "/tmp");
		Secrets.rememberFrom("spring.datasource.password", "pw");

		assertThat(Secrets.redact("reading /work/wt-harden/jobs and /tmp: pwned")).isEqualTo(
				"reading /work/wt-harden/jobs and /tmp: pwned");
	}

	@Test
	void shouldKnowSecretKeysByTheirNames() {
		assertThat(Secrets.isSecretKey("spring.datasource.password")).isTrue();
		assertThat(Secrets.isSecretKey("delist.stores.apple.api-key")).isTrue();
		assertThat(Secrets.isSecretKey("delist.http.max-attempts")).isFalse();
	}

}
