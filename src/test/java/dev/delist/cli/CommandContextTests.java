package dev.delist.cli;

import java.util.ArrayList;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import dev.delist.DelistApplication;
import dev.delist.support.WholeRun;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.condition.ConditionEvaluationReport;
import org.springframework.core.io.Resource;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;
import org.springframework.security.web.SecurityFilterChain;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a command's Spring context holds and how cheaply it starts: none of serve's auto-configurations (web,
 * security, templates, health), the configured exclusions kept, and class files read once per JVM, not once
 * per context ({@link SharedClassMetadata}, {@link CommandAutoConfigurations}).
 */
class CommandContextTests {

	@RegisterExtension
	final WholeRun run = new WholeRun();

	@Test
	void shouldLeaveServesAutoConfigurationsOutOfACommandKeepingTheConfiguredExclusionsAndTheMetrics() {
		try (SpringContext.Started context = start()) {
			ConditionEvaluationReport report = ConditionEvaluationReport.get(context.context().getBeanFactory());

			assertThat(report.getExclusions()).contains(
					"org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
					"org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
					"org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration",
					"org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration",
					"org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration");
			assertThat(report.getConditionAndOutcomesBySource().keySet())
				.noneMatch((source) -> source.startsWith("org.springframework.boot.security.")
						|| source.startsWith("org.springframework.boot.actuate.")
						|| source.startsWith("org.springframework.boot.thymeleaf."));
			assertThat(context.context().getBeanNamesForType(SecurityFilterChain.class)).isEmpty();
			assertThat(context.bean(MeterRegistry.class)).as("run metrics are pushed from commands").isNotNull();
		}
		// serve keeps them: dev.delist.web.WebSecurityTests, ServeProcessTests (/actuator/health)
	}

	@Test
	void shouldReadAClassFileOnceForEveryContextTheJvmStarts() throws Exception {
		// Spring's readers take their cache from the context, as its configuration and component scan do
		String name = DelistApplication.class.getName();

		String scan = "classpath*:dev/delist/**/*.class";
		Object first;
		Resource[] firstScan;
		try (SpringContext.Started context = start()) {
			first = new CachingMetadataReaderFactory(context.context()).getMetadataReader(name);
			firstScan = context.context().getResources(scan);
		}
		Object second;
		Resource[] secondScan;
		try (SpringContext.Started context = start()) {
			second = new CachingMetadataReaderFactory(context.context()).getMetadataReader(name);
			secondScan = context.context().getResources(scan);
		}

		assertThat(second).isSameAs(first);
		assertThat(secondScan).containsExactly(firstScan);
		assertThat(secondScan[0]).isSameAs(firstScan[0]);
		assertThat(firstScan).anyMatch((file) -> file.getDescription().contains("DelistApplication.class"));
	}

	@Test
	void shouldOpenConnectionsAsTheCommandAsksForThem() {
		try (SpringContext.Started context = start()) {
			HikariDataSource pool = (HikariDataSource) context.bean(DataSource.class);

			// application.yaml's default: one idle connection kept, up to Hikari's ten when asked for
			assertThat(pool.getMinimumIdle()).isEqualTo(1);
			assertThat(pool.getMaximumPoolSize()).isEqualTo(10);
		}
	}

	private SpringContext.Started start() {
		return new SpringContext(new ArrayList<>(this.run.settings())).start();
	}

}
