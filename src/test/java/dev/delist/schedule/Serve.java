package dev.delist.schedule;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import dev.delist.DelistApplication;
import dev.delist.cli.SharedClassMetadata;
import dev.delist.support.WholeRun;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * delist as {@code serve} starts it, a web application, against a {@link WholeRun}'s stores, database, jobs and
 * reports, on a free port, logging as the jar does (logback.xml) to a file of the test's own.
 */
final class Serve {

	private Serve() {
	}

	static ConfigurableApplicationContext start(WholeRun run, String... extra) {
		return start(WebApplicationType.SERVLET, run, extra);
	}

	static ConfigurableApplicationContext start(WebApplicationType type, WholeRun run, String... extra) {
		List<String> args = new ArrayList<>(configuration(run));
		args.addAll(List.of("--server.port=0",
				// the jar's logging, not the tests': warnings on stderr as one line each, every line in the file
				"--logging.config=classpath:logback.xml", "--logging.file.name=" + log(run)));
		args.addAll(Arrays.asList(extra));
		return new SpringApplicationBuilder(DelistApplication.class).web(type)
			.contextFactory(SharedClassMetadata.contexts())
			.logStartupInfo(false)
			.registerShutdownHook(false)
			.run(args.toArray(String[]::new));
	}

	/** The run's stores, database, jobs and reports, as {@code --key=value} arguments. */
	static List<String> configuration(WholeRun run) {
		return List.of("--spring.datasource.url=" + run.database(), "--delist.jobs.dir=" + run.jobs(),
				"--delist.report.dir=" + run.reports(), "--delist.stores.apple.base-url=" + run.apple().baseUrl(),
				"--delist.stores.google-play.base-url=" + run.play().baseUrl(),
				"--delist.stores.galaxy-store.base-url=" + run.galaxy().baseUrl(),
				"--delist.stores.apple.requests-per-minute=60000", "--delist.http.initial-backoff=5ms");
	}

	static Path log(WholeRun run) {
		return run.dir().resolve("serve.log");
	}

	/** Waits for a condition the background thread makes true; fails the test when it never does. */
	static void await(Duration patience, String what, BooleanSupplier condition) throws InterruptedException {
		Instant deadline = Instant.now().plus(patience);
		while (!condition.getAsBoolean()) {
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("not within " + patience + ": " + what);
			}
			Thread.sleep(50);
		}
	}

}
