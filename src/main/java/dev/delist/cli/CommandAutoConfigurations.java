package dev.delist.cli;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Leaves out of a command's context the auto-configurations only {@code serve} uses: the web server, MVC,
 * security, sessions, templates, HTTP message converters, health and the actuator's endpoints. A command
 * (run, status, review, users, ...) has no web server, and none of its beans takes anything these make; Spring
 * would still read, check and partly create them at every start, which was a sixth of a command's start. The
 * exclusions are added to those configured ({@code spring.autoconfigure.exclude}), which stay.
 */
final class CommandAutoConfigurations implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	static final String EXCLUDE = "spring.autoconfigure.exclude";

	/** The packages and classes of the auto-configurations that serve the web application only. */
	private static final Pattern WEB_ONLY = Pattern.compile("org\\.springframework\\.boot\\.("
			+ "actuate|health|security|session|thymeleaf|http\\.converter|webmvc|servlet|tomcat)\\..*"
			+ "|.*\\.(health\\..*|[A-Za-z]*EndpointAutoConfiguration)");

	/** The auto-configurations on the classpath a command leaves out; the classpath does not change. */
	private static volatile List<String> webOnly;

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		ConfigurableEnvironment environment = event.getEnvironment();
		Set<String> excluded = new LinkedHashSet<>(
				Arrays.asList(Binder.get(environment).bind(EXCLUDE, String[].class).orElse(new String[0])));
		excluded.addAll(webOnly(event.getSpringApplication().getClassLoader()));
		environment.getPropertySources()
			.addFirst(new MapPropertySource("delist-command-auto-configurations",
					Map.of(EXCLUDE, String.join(",", excluded))));
	}

	static List<String> webOnly(ClassLoader classLoader) {
		List<String> names = webOnly;
		if (names == null) {
			names = ImportCandidates.load(AutoConfiguration.class, classLoader)
				.getCandidates()
				.stream()
				.filter((name) -> WEB_ONLY.matcher(name).matches())
				.toList();
			webOnly = names;
		}
		return names;
	}

}
