package dev.delist.config;

import java.util.Map;

import dev.delist.store.Store;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DelistPropertiesTests {

	@Test
	void shouldBindStoreSettingsFromTheEnvironmentVariablesTheHelmChartSets() {
		// given: what the chart's CronJob puts in the container's environment
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
					StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					Map.of("DELIST_STORES_GOOGLEPLAY_REQUESTSPERMINUTE", "7", "DELIST_STORES_APPLE_REQUESTSPERMINUTE",
							"11", "DELIST_STORES_APPLE_BASEURL", "https://itunes.example", "DELIST_JOBS_DIR", "/app/jobs",
							"DELIST_REPORT_DIR", "/reports")));

		// when
		DelistProperties properties = new Binder(ConfigurationPropertySources.get(environment))
			.bind("delist", DelistProperties.class)
			.get();

		// then
		assertThat(properties.stores().googlePlay().requestsPerMinute()).isEqualTo(7);
		assertThat(properties.store(Store.APPLE).requestsPerMinute()).isEqualTo(11);
		assertThat(properties.store(Store.APPLE).baseUrl()).isEqualTo("https://itunes.example");
		assertThat(properties.jobs().dir()).hasToString("/app/jobs");
		assertThat(properties.report().dir()).hasToString("/reports");
		assertThatThrownBy(() -> properties.store(Store.GOOGLE_PLAY)).isInstanceOf(InputException.class)
			.hasMessage("delist.stores.google-play.base-url is not set");
	}

}
