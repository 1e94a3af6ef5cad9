package dev.delist.support;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import dev.delist.config.DelistProperties;
import dev.delist.store.http.HostRateLimiters;
import dev.delist.store.http.StoreHttpFactory;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Store HTTP plumbing for client tests, without Spring: configured like the app, timed by a {@link FakeTime}. */
public final class StoreClients {

	private StoreClients() {
	}

	/** @param settings {@code delist.*} keys (e.g. {@code stores.apple.base-url}) and values */
	public static StoreHttpFactory factory(FakeTime time, Clock clock, Map<String, String> settings) {
		Map<String, String> properties = new HashMap<>();
		settings.forEach((key, value) -> properties.put("delist." + key, value));
		DelistProperties delist = new Binder(new MapConfigurationPropertySource(properties))
			.bindOrCreate("delist", DelistProperties.class);
		return new StoreHttpFactory(StoreHttpFactory.client(delist.http()), delist, new HostRateLimiters(time, time), time, clock);
	}

}
