package dev.delist.schedule;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.Trigger;
import org.springframework.scheduling.TriggerContext;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Runs the nightly job on {@code delist.schedule.cron} inside {@code delist serve}, so one machine needs no
 * Kubernetes CronJob. Each slot hands the run to {@link BackgroundRuns}, which runs it on its one thread as
 * {@code delist run} would; a slot that finds a run in progress (here, or in any process holding the job lock)
 * is skipped with one warning, never queued. Serve replicas on one database claim each slot, so only one of them
 * runs it. The timer's own thread only decides; it never runs a job, so a failing run cannot stop the schedule.
 */
public class NightlySchedule implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(NightlySchedule.class);

	private final BackgroundRuns runs;

	private final ScheduleTicks ticks;

	private final String cron;

	private final ZoneId zone;

	private final CronExpression expression;

	private final String owner;

	private final ThreadPoolTaskScheduler timer = new ThreadPoolTaskScheduler();

	private volatile ScheduledFuture<?> scheduled;

	private volatile Tick lastTick;

	NightlySchedule(BackgroundRuns runs, ScheduleTicks ticks, String cron, ZoneId zone) {
		this.runs = runs;
		this.ticks = ticks;
		this.cron = cron;
		this.zone = zone;
		this.expression = CronExpression.parse(cron);
		this.owner = System.getenv().getOrDefault("HOSTNAME", "localhost") + " pid " + ProcessHandle.current().pid();
		this.timer.setPoolSize(1);
		this.timer.setThreadNamePrefix("delist-schedule-");
		// a slot being decided when serve stops finishes deciding while the database is still there
		this.timer.setWaitForTasksToCompleteOnShutdown(true);
		this.timer.setAwaitTerminationSeconds(10);
	}

	/** The expression, as configured. */
	public String cron() {
		return this.cron;
	}

	public ZoneId zone() {
		return this.zone;
	}

	/** The next slot after now. */
	public Optional<Instant> next() {
		return Optional.ofNullable(this.expression.next(ZonedDateTime.now(this.zone))).map(ZonedDateTime::toInstant);
	}

	/** What the last slot did, once one has come. */
	public Optional<Tick> lastTick() {
		return Optional.ofNullable(this.lastTick);
	}

	/** One slot: claim it, then start the run unless one is in progress. */
	void tick(Instant slot) {
		try {
			if (!this.ticks.claim(BackgroundRuns.NIGHTLY, slot, this.owner)) {
				this.lastTick = new Tick(slot, false, "another delist serve on this database took the slot");
				log.info("Scheduled {} run of {} skipped: another delist serve on this database took the slot",
						BackgroundRuns.NIGHTLY, slot);
				return;
			}
			Submission submission = this.runs.startScheduled();
			this.lastTick = new Tick(slot, submission.accepted(), submission.message());
			if (!submission.accepted()) {
				log.warn("Scheduled {} run of {} skipped: {}", BackgroundRuns.NIGHTLY, slot, submission.message());
			}
		}
		catch (RuntimeException ex) {
			this.lastTick = new Tick(slot, false, "could not start: " + ex.getMessage());
			log.error("Scheduled {} run of {} could not start: {}", BackgroundRuns.NIGHTLY, slot, ex.getMessage(), ex);
		}
	}

	@Override
	public void start() {
		this.timer.initialize();
		SlotTrigger trigger = new SlotTrigger(new CronTrigger(this.cron, this.zone));
		this.scheduled = this.timer.schedule(() -> tick(trigger.slot), trigger);
		log.info("Scheduled the {} job on '{}' ({}); next at {}", BackgroundRuns.NIGHTLY, this.cron, this.zone,
				next().map(Instant::toString).orElse("never"));
	}

	@Override
	public void stop() {
		ScheduledFuture<?> future = this.scheduled;
		if (future != null) {
			future.cancel(false);
		}
		this.scheduled = null;
		this.timer.shutdown();
	}

	@Override
	public boolean isRunning() {
		return this.scheduled != null;
	}

	/**
	 * The cron trigger, remembering the slot it scheduled: the timer computes the next slot only after the
	 * current one has run, so while a slot runs this holds it.
	 */
	private static final class SlotTrigger implements Trigger {

		private final CronTrigger cron;

		private volatile Instant slot;

		SlotTrigger(CronTrigger cron) {
			this.cron = cron;
		}

		@Override
		public Instant nextExecution(TriggerContext context) {
			Instant next = this.cron.nextExecution(context);
			this.slot = next;
			return next;
		}

	}

}
