package dev.delist.schedule;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import dev.delist.config.DelistProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The schedule exists only in the web application ({@code delist serve}) and only when
 * {@code delist.schedule.cron} is set: the command line starts Spring as no web application, so a CLI command
 * never schedules.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@Conditional(ScheduleConfiguration.CronSet.class)
class ScheduleConfiguration {

	@Bean
	NightlySchedule nightlySchedule(BackgroundRuns runs, JdbcClient jdbc, DelistProperties properties) {
		DelistProperties.Schedule schedule = properties.schedule();
		return new NightlySchedule(runs, new ScheduleTicks(jdbc), schedule.cron().strip(), schedule.zone());
	}

	/** {@code delist.schedule.cron} set to an expression (not unset, blank or {@code -}). */
	static final class CronSet implements Condition {

		@Override
		public boolean matches(ConditionContext context, org.springframework.core.type.AnnotatedTypeMetadata metadata) {
			return DelistProperties.Schedule.enabled(context.getEnvironment().getProperty(DelistProperties.Schedule.CRON));
		}

	}

}
