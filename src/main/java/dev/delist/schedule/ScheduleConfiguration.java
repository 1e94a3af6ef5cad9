package dev.delist.schedule;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The schedule exists only in the web application ({@code delist serve}) and only when
 * {@code delist.schedule.cron} is set: the command line starts Spring as no web application, so a CLI command
 * never schedules.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@ConditionalOnProperty(prefix = "delist.schedule", name = "cron")
class ScheduleConfiguration {

	@Bean
	NightlySchedule nightlySchedule(BackgroundRuns runs, JdbcClient jdbc, ScheduleProperties properties) {
		return new NightlySchedule(runs, new ScheduleTicks(jdbc), properties.cron(), properties.zone());
	}

}
