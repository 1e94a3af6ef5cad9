package dev.delist.observe;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress of a long step: on a terminal a line rewritten in place on stderr (done/total, rate, ETA), which
 * warnings printed meanwhile do not break ({@link TerminalLine}); elsewhere a log line per tenth of the work,
 * so scheduled runs' logs are not flooded.
 */
public final class Progress {

	private static final Logger log = LoggerFactory.getLogger(Progress.class);

	private final String what;

	private final long total;

	private final long startNanos = System.nanoTime();

	private final AtomicLong done = new AtomicLong();

	private final PrintStream terminal;

	private volatile long lastTenth;

	private volatile long lastDrawnNanos = this.startNanos - 1_000_000_000L;

	public Progress(String what, long total, PrintStream terminal) {
		this.what = what;
		this.total = total;
		this.terminal = terminal;
	}

	/** A progress that draws on the terminal when there is one (stderr keeps stdout for results). */
	public static Progress of(String what, long total) {
		return new Progress(what, total, (System.console() != null) ? System.err : null);
	}

	public void advance(long count) {
		long now = this.done.addAndGet(count);
		if (this.terminal != null) {
			long nanos = System.nanoTime();
			boolean finished = now >= this.total;
			// redrawn five times a second at most: a million small steps must not become a million writes
			if (finished || nanos - this.lastDrawnNanos > 200_000_000L) {
				this.lastDrawnNanos = nanos;
				TerminalLine.draw(this.terminal, line(now));
				if (finished) {
					TerminalLine.end(this.terminal);
				}
			}
			return;
		}
		long tenth = (this.total > 0) ? now * 10 / this.total : 10;
		if (tenth > this.lastTenth) {
			this.lastTenth = tenth;
			log.info("{}", line(now));
		}
	}

	String line(long now) {
		double seconds = Math.max(1e-3, (System.nanoTime() - this.startNanos) / 1e9);
		double rate = now / seconds;
		long left = Math.max(0, this.total - now);
		String eta = (rate > 0) ? format(Duration.ofSeconds((long) (left / rate))) : "?";
		return String.format("%s %d/%d (%d%%), %.1f/s, ETA %s", this.what, now, this.total,
				(this.total > 0) ? now * 100 / this.total : 100, rate, eta);
	}

	private static String format(Duration duration) {
		long minutes = duration.toMinutes();
		return (minutes > 0) ? minutes + "m" + duration.toSecondsPart() + "s" : duration.toSeconds() + "s";
	}

}
