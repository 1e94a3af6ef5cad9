package dev.delist.observe;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.Marker;
import org.slf4j.MarkerFactory;

/**
 * The log's share of the console (logback.xml): delist's own warnings and errors, each as one plain line on
 * stderr ({@code delist: run 3: ...}), with no timestamp, logger or stack trace; those, and every INFO line,
 * are in the log file only. Other libraries' warnings stay in the file: what they mean for the operator reaches
 * the console through delist's own messages. A line the command prints itself is logged with {@link #SHOWN}
 * and not repeated here.
 */
public final class StderrLines extends AppenderBase<ILoggingEvent> {

	/** Marks a log event whose message the command has already printed on stderr. */
	public static final Marker SHOWN = MarkerFactory.getMarker("DELIST_SHOWN");

	private static final String OWN_LOGGERS = "dev.delist.";

	@Override
	protected void append(ILoggingEvent event) {
		if (!event.getLevel().isGreaterOrEqual(Level.WARN) || !event.getLoggerName().startsWith(OWN_LOGGERS)
				|| isShown(event)) {
			return;
		}
		String run = event.getMDCPropertyMap().getOrDefault(RunObservation.RUN, "");
		TerminalLine.println(System.err, "delist: " + oneLine(run + event.getFormattedMessage()));
	}

	private static boolean isShown(ILoggingEvent event) {
		return event.getMarkerList() != null && event.getMarkerList().stream().anyMatch(SHOWN::equals);
	}

	/**
	 * A message from a driver or a store can span lines; stderr gets one per problem. Store text is hostile, and
	 * a terminal obeys escape sequences: control characters are shown as {@code ?}.
	 */
	static String oneLine(String message) {
		return (message == null) ? ""
				: message.strip().replaceAll("\\s*\\R\\s*", " ").replaceAll("\\p{Cc}", "?");
	}

}
