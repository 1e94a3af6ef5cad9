package dev.delist.cli;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.delist.DelistApplication;
import dev.delist.config.DelistProperties;
import dev.delist.config.PlainPaths;
import dev.delist.database.EmbeddedDatabase;
import dev.delist.database.EmbeddedStartAhead;
import dev.delist.run.RunLauncher;
import dev.delist.web.WebApplication;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.context.annotation.Import;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts Spring with the {@code --key=value} configuration arguments the command line set aside: the whole
 * application (database, migrations, job repository) for the commands that need it, or only the configuration
 * for those that do not. Either way configuration is read one way, and checked before anything starts.
 */
final class SpringContext {

	/** Within Kubernetes' default 60 s grace period, leaving time to close the database. */
	private static final Duration STOP_PATIENCE = Duration.ofSeconds(45);

	private final List<String> propertyArgs;

	/** Whether Boot has been asked to start, and with it to configure logging (logging.file.name). */
	private boolean begun;

	/** The command being run ({@code run}, {@code users add}), named in the embedded database's holder note. */
	private String command = "command";

	SpringContext(List<String> propertyArgs) {
		this.propertyArgs = List.copyOf(propertyArgs);
	}

	void command(String name) {
		this.command = name;
	}

	/**
	 * Only the configuration, for the commands that need no database ({@code lists}): Boot's environment
	 * (application.yaml, {@code SPRING_APPLICATION_JSON}, environment variables, {@code --key=value}), its
	 * logging, and the checked {@code delist.*} records; no database, no migrations, no job.
	 */
	Configured configure() {
		this.begun = true;
		return new Configured(builder(ConfigurationOnly.class, false).run(this.propertyArgs.toArray(String[]::new)));
	}

	/**
	 * Configures logging as every command does, for a failure found before Spring started: its stack trace
	 * belongs in the log file too. Once tried, never again: the failure at hand may be the configuration's own.
	 */
	void configureLoggingIfNotYet() {
		if (this.begun) {
			return;
		}
		try {
			configure().close();
		}
		catch (RuntimeException ex) {
			// the command is failing already; this failure's reason is the one to report
		}
	}

	/**
	 * Starts the context with delist's own shutdown hook instead of Spring's: on SIGTERM it first stops the
	 * running job at a chunk boundary, then closes the context (and with it the embedded database).
	 */
	Started start() {
		return start(builder(DelistApplication.class, true).listeners(new CommandAutoConfigurations()));
	}

	/**
	 * The web application ({@code serve}): the whole application plus the workbench's pages, API and security,
	 * on Boot's embedded Tomcat. Returns once the server listens; it stops with the JVM (SIGTERM) as runs do.
	 */
	Started serve() {
		return start(builder(WebApplication.class, true).web(WebApplicationType.SERVLET));
	}

	private Started start(SpringApplicationBuilder builder) {
		this.begun = true;
		ConfigurableApplicationContext context = builder.run(this.propertyArgs.toArray(String[]::new));
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

	/** @param database whether the command uses the database: an embedded one then starts while Spring does */
	private SpringApplicationBuilder builder(Class<?> source, boolean database) {
		return new SpringApplicationBuilder(source).web(WebApplicationType.NONE)
			.contextFactory(SharedClassMetadata.contexts())
			.properties(Map.of(EmbeddedDatabase.COMMAND_PROPERTY, this.command))
			.logStartupInfo(false)
			.registerShutdownHook(false)
			.listeners(new ConfigurationCheck(database), new AbandonedDatabase());
	}

	/**
	 * Binds and checks every {@code delist.*} key as soon as the environment is ready (after logging is set up,
	 * before any bean exists), so a bad value stops the command before the database or anything else starts.
	 */
	private static final class ConfigurationCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

		private final boolean database;

		ConfigurationCheck(boolean database) {
			this.database = database;
		}

		@Override
		public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
			ConfigurableEnvironment environment = event.getEnvironment();
			DelistProperties properties = new Binder(ConfigurationPropertySources.get(environment),
					new PropertySourcesPlaceholdersResolver(environment), (ConversionService) null, PlainPaths::register)
				.bindOrCreate("delist", DelistProperties.class);
			if (this.database) {
				// the configuration is good: initdb and the server's start can overlap the rest of Spring's start
				EmbeddedStartAhead.begin(environment.getProperty("spring.datasource.url"), properties.embedded().dir());
			}
		}

	}

	/** A context that failed to start stops the embedded server it started ahead and never took. */
	private static final class AbandonedDatabase implements ApplicationListener<ApplicationFailedEvent> {

		@Override
		public void onApplicationEvent(ApplicationFailedEvent event) {
			EmbeddedStartAhead.abandon();
		}

	}

	/** The source of the configuration-only context: the {@code delist.*} records and nothing else. */
	@EnableConfigurationProperties(DelistProperties.class)
	@Import(PlainPaths.class)
	static final class ConfigurationOnly {

	}

	/** A context holding only the configuration. */
	record Configured(ConfigurableApplicationContext context) implements AutoCloseable {

		DelistProperties properties() {
			return this.context.getBean(DelistProperties.class);
		}

		@Override
		public void close() {
			this.context.close();
		}

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
