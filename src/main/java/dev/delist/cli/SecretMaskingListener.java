package dev.delist.cli;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * Puts {@link SecretMasking} into the logging Spring Boot has just configured, before any bean is made (and so
 * before a driver can log a URL). Registered in {@code META-INF/spring.factories}.
 */
public class SecretMaskingListener implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		SecretMasking.install();
	}

	/** Right after Boot's logging listener, which stops and resets Logback. */
	@Override
	public int getOrder() {
		return LoggingApplicationListener.DEFAULT_ORDER + 1;
	}

}
