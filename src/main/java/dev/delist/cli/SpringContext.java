package dev.delist.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import dev.delist.DelistApplication;
import dev.delist.run.RunLauncher;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts Spring (database, migrations, job repository) for the commands that need it, with the
 * {@code --key=value} configuration arguments the command line set aside.
 */
final class SpringContext {

	/** Within Kubernetes' default 60 s grace period, leaving time to close the database. */
	private static final Duration STOP_PATIENCE = Duration.ofSeconds(45);

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

	/**
	 * Starts the context with delist's own shutdown hook instead of Spring's: on SIGTERM it first stops the
	 * running job at a chunk boundary, then closes the context (and with it the embedded database).
	 */
	Started start() {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(DelistApplication.class)
			.web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.registerShutdownHook(false)
			.run(this.propertyArgs.toArray(String[]::new));
		Thread hook = new Thread(() -> {
			try {
				context.getBean(RunLauncher.class).stopRunning(STOP_PATIENCE);
			}
			finally {
				context.close();
			}
		}, "delist-shutdown");
		Runtime.getRuntime().addShutdownHook(hook);
		return new Started(context, hook);
	}

	/** A started context; closing it closes the context and drops the shutdown hook. */
	record Started(ConfigurableApplicationContext context, Thread hook) implements AutoCloseable {

		<T> T bean(Class<T> type) {
			return this.context.getBean(type);
		}

		@Override
		public void close() {
			this.context.close();
			try {
				Runtime.getRuntime().removeShutdownHook(this.hook);
			}
			catch (IllegalStateException ex) {
				// the JVM is already shutting down: the hook is running or has run
			}
		}

	}

}
