/**
 * Runs started inside {@code delist serve}: the nightly job on {@code delist.schedule.cron}
 * ({@link dev.delist.schedule.NightlySchedule}) and the runs an admin starts from the web
 * ({@link dev.delist.schedule.BackgroundRuns}), all on one background thread, through the same launcher, plan,
 * job lock, reports and verdict as {@code delist run}. Active in the web application only: the command line's
 * Spring contexts are not web applications, so a CLI command never schedules.
 */
package dev.delist.schedule;
