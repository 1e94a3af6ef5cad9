package dev.delist.schedule;

import java.time.ZoneId;

import dev.delist.config.InvalidConfigurationException;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;

/**
 * {@code delist.schedule.*}: when {@code delist serve} runs the nightly job by itself.
 *
 * @param cron a Spring cron expression with seconds ({@code 0 0 2 * * *} is 02:00 every day); unset means no
 * schedule
 * @param zone the time zone the expression is read in
 */
@ConfigurationProperties("delist.schedule")
public record ScheduleProperties(String cron, @DefaultValue("UTC") ZoneId zone) {

	public ScheduleProperties {
		if (cron != null) {
			if (cron.isBlank()) {
				throw new InvalidConfigurationException("delist.schedule.cron",
						"must not be empty (leave it unset for no schedule)");
			}
			if (!CronExpression.isValidExpression(cron.strip())) {
				throw new InvalidConfigurationException("delist.schedule.cron", "'" + cron + "' is not a cron "
						+ "expression: six fields, second minute hour day month weekday (e.g. 0 0 2 * * *)");
			}
			cron = cron.strip();
		}
	}

}
