package dev.delist.cli;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;

/**
 * Before any bean is made (and so before a driver can fail on a URL and log it), learns the secrets of the
 * configuration from every source (arguments, environment variables, files): the database password and any
 * password in a URL, so that {@link Secrets} masks them in every message and {@link SecretMasking} in every
 * log line. Runs before Boot configures logging; {@link SecretMaskingListener} installs the masking after.
 * Registered in {@code META-INF/spring.factories}.
 */
public class SecretsFromEnvironment implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		for (PropertySource<?> source : environment.getPropertySources()) {
			if (source instanceof EnumerablePropertySource<?> enumerable) {
				for (String key : enumerable.getPropertyNames()) {
					Object value = enumerable.getProperty(key);
					if (value != null) {
						Secrets.rememberFrom(key, value.toString());
					}
				}
			}
		}
	}

}
