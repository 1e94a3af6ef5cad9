package dev.delist.config;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.delist.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

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
							"DELIST_REPORT_DIR", "/reports", "DELIST_SHARDING_SHARDS", "3")));

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
		assertThat(properties.sharding().shards()).isEqualTo(3);
		assertThatThrownBy(() -> properties.store(Store.GOOGLE_PLAY)).isInstanceOf(InputException.class)
			.hasMessage("delist.stores.google-play.base-url is not set");
	}

	@Test
	void shouldDefaultEveryKeyThatHasADefault() {
		// when
		DelistProperties properties = bind(Map.of());

		// then: the defaults the README's Configure table gives
		// (a relative default is resolved by Spring's Path conversion, on the test classpath to its jobs/)
		assertThat(properties.jobs().listsDir()).endsWith(Path.of("jobs", "lists"));
		assertThat(properties.report().pageSize()).isEqualTo(1000);
		assertThat(properties.fetch().threads()).isEqualTo(4);
		assertThat(properties.fetch().chunkSize()).isEqualTo(1);
		assertThat(properties.catalog().maxBadLines()).isEqualTo(100);
		assertThat(properties.embedded().dir().normalize()).isEqualTo(Path.of(".delist", "pg"));
		assertThat(properties.sharding().shards()).isNull();
		assertThat(properties.sharding().groupOr("nightly-2026-11-29")).isEqualTo("nightly-2026-11-29");
		assertThat(properties.http().maxAttempts()).isEqualTo(4);
		assertThat(properties.review().claimFor()).isEqualTo(java.time.Duration.ofMinutes(10));
	}

	@ParameterizedTest(name = "{0}={1}")
	@CsvSource(delimiter = '|', textBlock = """
			fetch.threads                         | 0     | must be 1 or more, not 0
			fetch.chunk-size                      | -1    | must be 1 or more, not -1
			report.page-size                      | 0     | must be 1 or more, not 0
			catalog.max-bad-lines                 | -1    | must be 0 or more, not -1
			stores.apple.requests-per-minute      | 0     | must be 1 or more, not 0
			stores.google-play.requests-per-minute| -5    | must be 1 or more, not -5
			stores.galaxy-store.requests-per-minute| 0    | must be 1 or more, not 0
			http.max-attempts                     | 0     | must be 1 or more, not 0
			http.connect-timeout                  | -5s   | must be a positive duration (e.g. 10s), not -5s
			http.read-timeout                     | 0s    | must be a positive duration (e.g. 10s), not 0s
			http.call-timeout                     | -20ms | must be a positive duration (e.g. 10s), not -20ms
			http.initial-backoff                  | -1s   | must not be negative, not -1s
			http.max-backoff                      | -2m   | must not be negative, not -120s
			http.max-body-size                    | 0B    | must be a positive size (e.g. 10MB), not 0B
			http.user-agent                       | ' '   | must not be empty
			sharding.shards                       | 0     | must be 1 or more, not 0
			sharding.group                        | ' '   | must not be empty (leave it unset for the default)
			notify.attempts                       | 0     | must be 1 or more, not 0
			notify.connect-timeout                | 0s    | must be a positive duration (e.g. 10s), not 0s
			notify.read-timeout                   | -1s   | must be a positive duration (e.g. 10s), not -1s
			notify.backoff                        | -1s   | must not be negative, not -1s
			review.claim-for                      | -10m  | must not be negative, not -600s
			notify.webhook-url                    | ftp://hooks.example/T0/B0/Xtoken | must be an http or https URL with a host
			notify.webhook-url                    | /services/T0/B0/Xtoken | must be an http or https URL with a host
			notify.webhook-url                    | https:/services/T0/B0/Xtoken | must be an http or https URL with a host
			schedule.cron                         | ' '   | must not be empty (leave it unset for the default)
			""")
	void shouldRefuseAValueThatMakesNoSenseNamingItsKey(String key, String value, String problem) {
		assertThatThrownBy(() -> bind(Map.of("delist." + key, value))).rootCause()
			.hasMessage("configuration delist." + key + ": " + problem)
			.asInstanceOf(type(InvalidConfigurationException.class))
			.satisfies((ex) -> assertThat(ex.key()).isEqualTo("delist." + key));
	}

	@Test
	void shouldBindTheWebhookAndTheScheduleAndDefaultThemToOff() {
		// when
		DelistProperties defaults = bind(Map.of());
		DelistProperties set = bind(Map.of("delist.notify.webhook-url", "https://hooks.example/services/T0/B0/x",
				"delist.notify.attempts", "5", "delist.schedule.cron", "0 30 2 * * *"));

		// then
		assertThat(defaults.notifications().webhookUrl()).isNull();
		assertThat(defaults.notifications().attempts()).isEqualTo(3);
		assertThat(defaults.schedule().cron()).isNull();
		assertThat(defaults.schedule().enabled()).isFalse();
		assertThat(bind(Map.of("delist.schedule.cron", "-")).schedule().enabled()).isFalse();
		assertThat(set.notifications().webhookUrl()).hasToString("https://hooks.example/services/T0/B0/x");
		assertThat(set.notifications().attempts()).isEqualTo(5);
		assertThat(set.schedule().enabled()).isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			0 2 * * *         | Cron expression must consist of 6 fields (found 5 in "0 2 * * *")
			0 0 25 * * *      | Hour
			every night       | Cron expression must consist of 6 fields
			""")
	void shouldRefuseAScheduleThatIsNoCronExpressionNamingTheKey(String cron, String why) {
		assertThatThrownBy(() -> bind(Map.of("delist.schedule.cron", cron))).rootCause()
			.hasMessageStartingWith("configuration delist.schedule.cron: '" + cron + "' is not a cron expression")
			.hasMessageContaining(why)
			.asInstanceOf(type(InvalidConfigurationException.class))
			.satisfies((ex) -> assertThat(ex.key()).isEqualTo("delist.schedule.cron"));
	}

	/** An operator looks keys up in the README; one missing there is one nobody knows how to set. */
	@Test
	void shouldListEveryKeyInTheReadme() throws IOException {
		// given
		String readme = Files.readString(Path.of("README.md"));
		String configure = readme.substring(readme.indexOf("## Configure"), readme.indexOf("\n## ", readme.indexOf("## Configure")));

		// when
		List<String> keys = keys("delist", DelistProperties.class);

		// then
		assertThat(keys).hasSizeGreaterThan(20);
		assertThat(keys).allSatisfy((key) -> assertThat(configure).as("README Configure table").contains("`" + key + "`"));
	}

	private static List<String> keys(String prefix, Class<?> type) {
		List<String> keys = new ArrayList<>();
		for (RecordComponent component : type.getRecordComponents()) {
			// @Name reaches the record's field and constructor parameter, not the component itself
			Name name = field(type, component.getName()).getAnnotation(Name.class);
			String key = prefix + "." + ((name != null) ? name.value()
					: component.getName().replaceAll("([A-Z])", "-$1").toLowerCase());
			if (component.getType().isRecord()) {
				keys.addAll(keys(key, component.getType()));
			}
			else {
				keys.add(key);
			}
		}
		return keys;
	}

	private static Field field(Class<?> type, String name) {
		try {
			return type.getDeclaredField(name);
		}
		catch (NoSuchFieldException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static DelistProperties bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("delist", DelistProperties.class);
	}

}
