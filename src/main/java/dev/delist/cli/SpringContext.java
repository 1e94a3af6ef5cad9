package dev.delist.cli;

import java.nio.file.Path;
import java.util.List;

import dev.delist.DelistApplication;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts Spring (database, migrations, job repository) for the commands that need it, with the
 * {@code --key=value} configuration arguments the command line set aside.
 */
final class SpringContext {

	private final List<String> propertyArgs;

	SpringContext(List<String> propertyArgs) {
		this.propertyArgs = List.copyOf(propertyArgs);
	}

	/**
	 * {@code delist.jobs.dir/lists} as the commands that need no database see it: from a {@code --delist.jobs.dir=}
	 * argument, a system property or {@code DELIST_JOBS_DIR}.
	 */
	Path listsDir() {
		String jobsDir = this.propertyArgs.stream()
			.filter((arg) -> arg.startsWith("--delist.jobs.dir="))
			.map((arg) -> arg.substring("--delist.jobs.dir=".length()))
			.reduce((first, last) -> last)
			.orElseGet(() -> System.getProperty("delist.jobs.dir",
					System.getenv().getOrDefault("DELIST_JOBS_DIR", "./jobs")));
		return Path.of(jobsDir).resolve("lists");
	}

	ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(DelistApplication.class).web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.run(this.propertyArgs.toArray(String[]::new));
	}

}
