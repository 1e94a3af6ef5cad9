package dev.delist;

import dev.delist.cli.DelistCommandLine;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * delist screens app-store listings against prohibited-apps lists. The command line decides what runs;
 * Spring starts only for commands that need the database or the job.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DelistApplication {

	public static void main(String[] args) {
		System.exit(new DelistCommandLine().execute(args));
	}

}
