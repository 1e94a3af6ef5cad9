package dev.delist.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.LoggerContextListener;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.helpers.MessageFormatter;

/**
 * Masks secrets in every log line, whatever the appender (the log file, the console, delist's stderr lines) and
 * however the logging is configured: a turbo filter sees each event before any appender does; one that carries
 * a secret, in its message or in any exception of its stack trace, is logged masked instead. Logback drops
 * turbo filters when it is reset, so a listener puts it back each time.
 */
final class SecretMasking extends TurboFilter {

	/**
	 * Installs the filter in the logging of this process unless it is there already; harmless when logging is
	 * not Logback. Spring Boot stops and resets Logback when it configures logging, which removes filters and
	 * listeners alike: so this is called again once Boot has configured logging ({@link SecretMaskingListener}).
	 */
	static synchronized void install() {
		if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
			if (context.getCopyOfListenerList().stream().noneMatch(Reinstaller.class::isInstance)) {
				context.addListener(new Reinstaller());
			}
			if (context.getTurboFilterList().stream().noneMatch(SecretMasking.class::isInstance)) {
				context.addTurboFilter(new SecretMasking());
			}
		}
	}

	@Override
	public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
			Throwable thrown) {
		if (format == null || level == null || logger.getEffectiveLevel().levelInt > level.levelInt) {
			return FilterReply.NEUTRAL;
		}
		var formatted = (thrown != null) ? MessageFormatter.arrayFormat(format, params, thrown)
				: MessageFormatter.arrayFormat(format, params);
		String message = formatted.getMessage();
		Throwable throwable = (thrown != null) ? thrown : formatted.getThrowable();
		if (Secrets.redact(message).equals(message) && !carriesSecret(throwable)) {
			return FilterReply.NEUTRAL;
		}
		LoggingEvent masked = new MaskedEvent(logger, level, Secrets.redact(message), throwable);
		if (marker != null) {
			masked.addMarker(marker);
		}
		logger.callAppenders(masked);
		return FilterReply.DENY;
	}

	private static boolean carriesSecret(Throwable throwable) {
		for (int depth = 0; throwable != null && depth < 64; throwable = throwable.getCause(), depth++) {
			String text = throwable.toString();
			if (!Secrets.redact(text).equals(text)) {
				return true;
			}
			for (Throwable suppressed : throwable.getSuppressed()) {
				if (carriesSecret(suppressed)) {
					return true;
				}
			}
		}
		return false;
	}

	/** An event with its message already masked, and every exception message of its stack trace masked. */
	private static final class MaskedEvent extends LoggingEvent {

		private IThrowableProxy masked;

		MaskedEvent(Logger logger, Level level, String message, Throwable throwable) {
			super(Logger.class.getName(), logger, level, message, throwable, null);
		}

		@Override
		public IThrowableProxy getThrowableProxy() {
			IThrowableProxy proxy = super.getThrowableProxy();
			if (proxy != null && this.masked == null) {
				this.masked = new MaskedThrowable(proxy);
			}
			return this.masked;
		}

	}

	private record MaskedThrowable(IThrowableProxy proxy) implements IThrowableProxy {

		@Override
		public String getMessage() {
			return Secrets.redact(this.proxy.getMessage());
		}

		@Override
		public String getOverridingMessage() {
			return Secrets.redact(this.proxy.getOverridingMessage());
		}

		@Override
		public String getClassName() {
			return this.proxy.getClassName();
		}

		@Override
		public StackTraceElementProxy[] getStackTraceElementProxyArray() {
			return this.proxy.getStackTraceElementProxyArray();
		}

		@Override
		public int getCommonFrames() {
			return this.proxy.getCommonFrames();
		}

		@Override
		public IThrowableProxy getCause() {
			IThrowableProxy cause = this.proxy.getCause();
			return (cause != null) ? new MaskedThrowable(cause) : null;
		}

		@Override
		public IThrowableProxy[] getSuppressed() {
			IThrowableProxy[] suppressed = this.proxy.getSuppressed();
			if (suppressed == null) {
				return null;
			}
			IThrowableProxy[] masked = new IThrowableProxy[suppressed.length];
			for (int i = 0; i < suppressed.length; i++) {
				masked[i] = new MaskedThrowable(suppressed[i]);
			}
			return masked;
		}

		@Override
		public boolean isCyclic() {
			return this.proxy.isCyclic();
		}

	}

	/** Puts the filter back after each reset of the logging context; kept itself across resets. */
	private static final class Reinstaller implements LoggerContextListener {

		@Override
		public boolean isResetResistant() {
			return true;
		}

		@Override
		public void onReset(LoggerContext context) {
			context.addTurboFilter(new SecretMasking());
		}

		@Override
		public void onStart(LoggerContext context) {
		}

		@Override
		public void onStop(LoggerContext context) {
		}

		@Override
		public void onLevelChange(Logger logger, Level level) {
		}

	}

}
