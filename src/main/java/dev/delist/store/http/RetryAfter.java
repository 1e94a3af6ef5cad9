package dev.delist.store.http;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a {@code Retry-After} header (RFC 9110 section 10.2.3): delay seconds, or an HTTP date in any of the
 * three forms a recipient must accept (section 5.6.7): IMF-fixdate {@code Sun, 06 Nov 1994 08:49:37 GMT}, the
 * obsolete RFC 850 {@code Sunday, 06-Nov-94 08:49:37 GMT} and ANSI C asctime {@code Sun Nov  6 08:49:37 1994}.
 * Anything else is empty, so the caller falls back to its own backoff.
 */
final class RetryAfter {

	private static final Pattern DELAY_SECONDS = Pattern.compile("\\d+");

	private static final Pattern SPACES = Pattern.compile(" +");

	/** asctime, once runs of spaces are one: the day of the month comes space-padded ({@code Nov  6}). */
	private static final DateTimeFormatter ASCTIME = DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy",
			Locale.ENGLISH);

	private RetryAfter() {
	}

	static Optional<Duration> parse(String header, Clock clock) {
		if (header == null || header.isBlank()) {
			return Optional.empty();
		}
		String value = header.trim();
		if (DELAY_SECONDS.matcher(value).matches()) {
			try {
				return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
			}
			catch (NumberFormatException ex) {
				// more seconds than a long holds is "not soon": longer than any maximum backoff
				return Optional.of(Duration.ofSeconds(Long.MAX_VALUE));
			}
		}
		return date(value, clock).map((at) -> {
			Duration wait = Duration.between(clock.instant(), at);
			return wait.isNegative() ? Duration.ZERO : wait;
		});
	}

	private static Optional<Instant> date(String value, Clock clock) {
		return imfFixdate(value).or(() -> rfc850(value, clock)).or(() -> asctime(value));
	}

	private static Optional<Instant> imfFixdate(String value) {
		try {
			return Optional.of(ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	private static Optional<Instant> rfc850(String value, Clock clock) {
		try {
			return Optional.of(ZonedDateTime.parse(value, rfc850(clock)).toInstant());
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	/** asctime carries no zone: RFC 9110 dates are all in UTC. */
	private static Optional<Instant> asctime(String value) {
		try {
			return Optional.of(LocalDateTime.parse(SPACES.matcher(value).replaceAll(" "), ASCTIME)
				.toInstant(ZoneOffset.UTC));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	/**
	 * RFC 850 with its two-digit year read as RFC 9110 asks: a year that would be more than 50 years in the
	 * future is the most recent past year with the same last two digits.
	 */
	private static DateTimeFormatter rfc850(Clock clock) {
		int thisYear = clock.instant().atZone(ZoneOffset.UTC).getYear();
		return new DateTimeFormatterBuilder().appendPattern("EEEE, dd-MMM-")
			.appendValueReduced(ChronoField.YEAR, 2, 2, thisYear - 49)
			.appendPattern(" HH:mm:ss 'GMT'")
			.toFormatter(Locale.ENGLISH)
			.withZone(ZoneOffset.UTC);
	}

}
