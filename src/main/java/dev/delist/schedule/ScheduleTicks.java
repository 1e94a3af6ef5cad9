package dev.delist.schedule;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The cron slots serve processes claimed (V16 {@code schedule_tick}): one claim per job and slot, first wins. */
class ScheduleTicks {

	/** Claims older than this serve no replica any more: slots are never claimed late. */
	private static final Duration KEPT = Duration.ofDays(90);

	private final JdbcClient jdbc;

	ScheduleTicks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @return whether this process claimed the slot; false when another one already had */
	boolean claim(String job, Instant slot, String by) {
		this.jdbc.sql("DELETE FROM schedule_tick WHERE scheduled_at < ?")
			.param(Timestamp.from(slot.minus(KEPT)))
			.update();
		return this.jdbc.sql("""
				INSERT INTO schedule_tick (job_name, scheduled_at, claimed_by) VALUES (?, ?, ?)
				ON CONFLICT (job_name, scheduled_at) DO NOTHING""")
			.params(job, Timestamp.from(slot), by)
			.update() == 1;
	}

}
