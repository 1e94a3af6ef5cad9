package dev.delist.store.http;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import dev.delist.store.Store;
import dev.delist.store.http.ClosingHttpServer.Answer;
import dev.delist.support.FakeTime;
import dev.delist.support.StoreClients;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code Retry-After} in every form RFC 9110 allows, and anything else falling back to the normal backoff. */
class RetryAfterTests {

	/** Thirty seconds before RFC 9110's example date, Sun, 06 Nov 1994 08:49:37 GMT. */
	static final Instant BEFORE_EXAMPLE = Instant.parse("1994-11-06T08:49:07Z");

	static final Instant NOW = Instant.parse("2026-11-29T06:00:00Z");

	static Stream<Arguments> headers() {
		Duration thirty = Duration.ofSeconds(30);
		return Stream.of(
				// delay-seconds
				Arguments.of("30", BEFORE_EXAMPLE, Optional.of(thirty)),
				Arguments.of("0", BEFORE_EXAMPLE, Optional.of(Duration.ZERO)),
				Arguments.of(" 30 ", BEFORE_EXAMPLE, Optional.of(thirty)),
				Arguments.of("000000000000000000030", BEFORE_EXAMPLE, Optional.of(thirty)),
				// too many seconds for a long: a wait longer than any maximum backoff, not no wait at all
				Arguments.of("99999999999999999999", BEFORE_EXAMPLE, Optional.of(Duration.ofSeconds(Long.MAX_VALUE))),
				// the three HTTP date forms
				Arguments.of("Sun, 06 Nov 1994 08:49:37 GMT", BEFORE_EXAMPLE, Optional.of(thirty)),
				Arguments.of("Sunday, 06-Nov-94 08:49:37 GMT", BEFORE_EXAMPLE, Optional.of(thirty)),
				Arguments.of("Sun Nov  6 08:49:37 1994", BEFORE_EXAMPLE, Optional.of(thirty)),
				Arguments.of("Wed Nov 16 08:49:37 1994", BEFORE_EXAMPLE, Optional.of(Duration.ofDays(10).plus(thirty))),
				// asctime with its padding lost on the way
				Arguments.of("Sun Nov 6 08:49:37 1994", BEFORE_EXAMPLE, Optional.of(thirty)),
				// a date already past: retry now
				Arguments.of("Sun, 06 Nov 1994 08:48:37 GMT", BEFORE_EXAMPLE, Optional.of(Duration.ZERO)),
				// RFC 850's two-digit year: this century, up to 50 years ahead, else the last century
				Arguments.of("Sunday, 29-Nov-26 06:00:30 GMT", NOW, Optional.of(thirty)),
				Arguments.of("Sunday, 29-Nov-76 06:00:00 GMT", NOW,
						Optional.of(Duration.between(NOW, Instant.parse("2076-11-29T06:00:00Z")))),
				Arguments.of("Tuesday, 29-Nov-77 06:00:00 GMT", NOW, Optional.of(Duration.ZERO)),
				// garbage
				Arguments.of(null, NOW, Optional.empty()), Arguments.of("", NOW, Optional.empty()),
				Arguments.of("soon", NOW, Optional.empty()), Arguments.of("-5", NOW, Optional.empty()),
				Arguments.of("1.5", NOW, Optional.empty()), Arguments.of("30s", NOW, Optional.empty()),
				Arguments.of("Sun, 29 Nov 2026", NOW, Optional.empty()),
				Arguments.of("Mon, 29 Nov 2026 06:00:30 GMT", NOW, Optional.empty()),
				Arguments.of("Sunday, 29-Nov-2026 06:00:30 GMT", NOW, Optional.empty()),
				Arguments.of("Sun Nov 29 06:00:30 2026 GMT", NOW, Optional.empty()),
				Arguments.of("Sun, 29 Nov 2026 25:00:30 GMT", NOW, Optional.empty()),
				Arguments.of("2026-11-29T06:00:30Z", NOW, Optional.empty()));
	}

	@ParameterizedTest(name = "[{0}]")
	@MethodSource("headers")
	void shouldReadDelaySecondsAndEveryHttpDateForm(String header, Instant now, Optional<Duration> expected) {
		assertThat(RetryAfter.parse(header, Clock.fixed(now, ZoneOffset.UTC))).isEqualTo(expected);
	}

	@Test
	void shouldFallBackToTheNormalBackoffWhenRetryAfterIsGarbage() throws IOException {
		// given: a 429 with a Retry-After no one can read, then the answer
		AtomicInteger served = new AtomicInteger();
		try (ClosingHttpServer server = new ClosingHttpServer((request) -> (served.incrementAndGet() == 1)
				? Answer.of(429, "").withHeader("Retry-After", "in a little while") : Answer.json("{}"))) {
			FakeTime time = new FakeTime();
			StoreHttp http = StoreClients.factory(time, Clock.fixed(NOW, ZoneOffset.UTC),
					Map.of("stores.apple.base-url", server.baseUrl(), "stores.apple.requests-per-minute", "6000000",
							"http.initial-backoff", "4s"))
				.create(Store.APPLE, RetrySignal.NONE);

			// when
			HttpAnswer answer = http.get(HttpUrl.get(server.baseUrl() + "/lookup?id=5"));

			// then: retried after the first backoff (4 s, jittered into its upper half)
			assertThat(answer.failure()).isNull();
			assertThat(answer.attempts()).isEqualTo(2);
			List<Duration> backoffs = time.sleeps().stream().filter((d) -> d.toMillis() > 1).toList();
			assertThat(backoffs).hasSize(1);
			assertThat(backoffs.get(0)).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(4));
		}
	}

}
