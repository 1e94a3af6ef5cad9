package dev.delist;

import dev.delist.cli.DelistCommandLine;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * delist screens app-store listings against prohibited-apps lists. The command line decides what runs;
 * Spring starts only for commands that need the database or the job. The workbench ({@code dev.delist.web})
 * is left out here: only {@code serve} adds it ({@link dev.delist.web.WebApplication}).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(excludeFilters = { @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
		@ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
		@ComponentScan.Filter(type = FilterType.REGEX, pattern = "dev\\.delist\\.web\\..*") })
@ConfigurationPropertiesScan
public class DelistApplication {

	public static void main(String[] args) {
		System.exit(new DelistCommandLine().execute(args));
	}

}
