package dev.delist.store.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import dev.delist.config.DelistProperties;
import dev.delist.store.http.ClosingHttpServer.Answer;
import dev.delist.store.http.ClosingHttpServer.Request;
import dev.delist.support.FakeTime;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.EventListener;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link StoreHttp} against a real server that closes the connection after every answer without saying so: the
 * dead pooled connection is replaced by a fresh one inside the same attempt and rate-limit slot, while a
 * connection that dies before any answer still costs its attempt.
 */
class StoreHttpConnectionTests {

	static final Instant NOW = Instant.parse("2026-11-29T06:00:00Z");

	final FakeTime time = new FakeTime();

	final Connections connections = new Connections();

	ClosingHttpServer server;

	@AfterEach
	void tearDown() throws IOException {
		this.server.close();
	}

	@Test
	void shouldAnswerEachRequestInOneAttemptAndOneSlotWhenTheServerClosesAfterEveryAnswer() throws IOException {
		// given
		this.server = new ClosingHttpServer((request) -> Answer.json("{\"path\":\"" + request.target() + "\"}"));
		StoreHttp http = storeHttp(Map.of(), RetrySignal.NONE);

		// when: ten GETs one after the other, each but the first offered the connection the last one left dead
		List<HttpAnswer> answers = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			answers.add(http.get(url("/lookup?id=" + i)));
		}

		// then: every GET answered at its first attempt, and the server saw each exactly once
		assertThat(answers).allSatisfy((answer) -> {
			assertThat(answer.failure()).isNull();
			assertThat(answer.attempts()).isEqualTo(1);
		});
		assertThat(answers.get(7).body()).isEqualTo("{\"path\":\"/lookup?id=7\"}");
		assertThat(this.server.requests()).extracting(Request::target)
			.containsExactly("/lookup?id=0", "/lookup?id=1", "/lookup?id=2", "/lookup?id=3", "/lookup?id=4",
					"/lookup?id=5", "/lookup?id=6", "/lookup?id=7", "/lookup?id=8", "/lookup?id=9");
		// the nine later GETs really were offered a dead pooled connection before their fresh one
		assertThat(this.connections.pooled()).isEqualTo(9);
		assertThat(this.connections.opened()).isEqualTo(10);
		// ten rate-limit slots 3 s apart (20 a minute), no more, and no backoff
		assertThat(this.time.sleeps()).hasSize(9).containsOnly(Duration.ofSeconds(3));
	}

	@Test
	void shouldRepeatOnlyTheThrottledAnswersWhenTheServerClosesAfterEveryAnswer() throws IOException {
		// given: a 429 asking for 5 s as an asctime date, Apple's empty 403, then the answer
		AtomicInteger served = new AtomicInteger();
		this.server = new ClosingHttpServer((request) -> switch (served.incrementAndGet()) {
			case 1 -> Answer.of(429, "").withHeader("Retry-After", "Sun Nov 29 06:00:05 2026");
			case 2 -> Answer.of(403, "");
			default -> Answer.json("{\"ok\":true}");
		});
		StoreHttp http = storeHttp(Map.of("max-attempts", "3"), (status, body) -> status == 403 && body.isBlank());

		// when
		HttpAnswer answer = http.get(url("/lookup?id=5"));

		// then: three attempts were enough, although each retry found the last connection closed
		assertThat(answer.failure()).isNull();
		assertThat(answer.body()).isEqualTo("{\"ok\":true}");
		assertThat(answer.attempts()).isEqualTo(3);
		assertThat(this.server.requests()).extracting(Request::target).containsExactly("/lookup?id=5", "/lookup?id=5",
				"/lookup?id=5");
		assertThat(this.connections.pooled()).isEqualTo(2);
		// the store's 5 s, then the backoff of a second retry (6 s doubled, jittered into its upper half)
		List<Duration> sleeps = this.time.sleeps();
		assertThat(sleeps).hasSize(2);
		assertThat(sleeps.get(0)).isEqualTo(Duration.ofSeconds(5));
		assertThat(sleeps.get(1)).isBetween(Duration.ofSeconds(6), Duration.ofSeconds(12));
	}

	@Test
	void shouldCountAConnectionThatClosesBeforeAnyAnswerAsAFailedAttempt() throws IOException {
		// given: the server reads each request and hangs up
		this.server = new ClosingHttpServer((request) -> Answer.NONE);
		StoreHttp http = storeHttp(Map.of("max-attempts", "3"), RetrySignal.NONE);

		// when
		HttpAnswer answer = http.get(url("/lookup?id=5"));

		// then: a fresh connection that dies is a real failure: each costs an attempt, none is repeated unseen
		assertThat(answer.answered()).isFalse();
		assertThat(answer.failure()).startsWith("transport error: ").endsWith("(gave up after 3 attempts)");
		assertThat(answer.attempts()).isEqualTo(3);
		assertThat(this.server.requests()).hasSize(3);
		assertThat(this.connections.opened()).isEqualTo(3);
		assertThat(this.time.sleeps()).hasSize(2);
	}

	@Test
	void shouldNeverRepeatARequestThatIsNotAGet() throws IOException {
		// given: a GET leaves a pooled connection that the server has already closed
		this.server = new ClosingHttpServer((request) -> Answer.json("{}"));
		OkHttpClient client = client();
		try (okhttp3.Response first = client.newCall(new okhttp3.Request.Builder().url(url("/a")).build()).execute()) {
			assertThat(first.code()).isEqualTo(200);
		}
		okhttp3.Request post = new okhttp3.Request.Builder().url(url("/b"))
			.post(RequestBody.create(new byte[] { 1 }))
			.build();

		// when / then: a POST on the dead connection fails rather than being sent again on a fresh one
		assertThatThrownBy(() -> client.newCall(post).execute().close()).isInstanceOf(IOException.class);
		assertThat(this.server.requests()).extracting(Request::target).containsExactly("/a");
		assertThat(this.connections.opened()).isEqualTo(1);
	}

	private StoreHttp storeHttp(Map<String, String> settings, RetrySignal signal) {
		DelistProperties.Http http = settings(settings);
		return new StoreHttp(client(), HttpUrl.get(this.server.baseUrl()), new HostRateLimiter(20, this.time, this.time),
				http, signal, this.time, Clock.fixed(NOW, ZoneOffset.UTC));
	}

	/** The application's client, watched for how each call got its connection. */
	private OkHttpClient client() {
		return StoreHttpFactory.client(settings(Map.of())).newBuilder().eventListener(this.connections).build();
	}

	private static DelistProperties.Http settings(Map<String, String> settings) {
		Map<String, String> properties = new HashMap<>(Map.of("delist.http.initial-backoff", "6s",
				"delist.http.read-timeout", "5s"));
		settings.forEach((key, value) -> properties.put("delist.http." + key, value));
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("delist.http",
				DelistProperties.Http.class);
	}

	private HttpUrl url(String target) {
		return HttpUrl.get(this.server.baseUrl() + target);
	}

	/** Counts connections taken from the pool and connections opened, across every call of the client. */
	static final class Connections extends EventListener {

		private final AtomicInteger acquired = new AtomicInteger();

		private final AtomicInteger opened = new AtomicInteger();

		@Override
		public void connectStart(Call call, InetSocketAddress address, Proxy proxy) {
			this.opened.incrementAndGet();
		}

		@Override
		public void connectionAcquired(Call call, Connection connection) {
			this.acquired.incrementAndGet();
		}

		int opened() {
			return this.opened.get();
		}

		int pooled() {
			return this.acquired.get() - this.opened.get();
		}

	}

}
