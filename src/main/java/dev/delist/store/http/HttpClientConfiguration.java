package dev.delist.store.http;

import java.time.Clock;

import okhttp3.OkHttpClient;

import dev.delist.config.DelistProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one OkHttp client (connection pool, timeouts, no redirects) every store client derives from. */
@Configuration(proxyBeanMethods = false)
class HttpClientConfiguration {

	@Bean
	OkHttpClient okHttpClient(DelistProperties properties) {
		return StoreHttpFactory.client(properties.http());
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	Sleeper sleeper() {
		return Sleeper.SYSTEM;
	}

	@Bean
	HostRateLimiters hostRateLimiters(Sleeper sleeper) {
		return new HostRateLimiters(Ticker.SYSTEM, sleeper);
	}

}
