package dev.delist.web;

import java.util.Map;

import dev.delist.audit.AuditActions;
import dev.delist.audit.AuditLog;
import dev.delist.review.Claims;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Logins, failed logins and logouts into the log and the audit trail; never a password, only the name tried. A
 * logout also frees the candidates the user had open ({@link Claims}).
 */
@Component
class LoginEvents {

	private static final Logger log = LoggerFactory.getLogger(LoginEvents.class);

	private final AuditLog audit;

	private final Claims claims;

	LoginEvents(AuditLog audit, Claims claims) {
		this.audit = audit;
		this.claims = claims;
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		log.info("login: {}", event.getAuthentication().getName());
		this.audit.record(event.getAuthentication().getName(), AuditActions.LOGIN, null, Map.of());
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		String name = event.getAuthentication().getName();
		String why = event.getException().getMessage();
		log.warn("login refused for user '{}': {}", name, why);
		this.audit.record(name, AuditActions.LOGIN_FAILED, null, Map.of("reason", why));
	}

	@EventListener
	void loggedOut(LogoutSuccessEvent event) {
		this.audit.record(event.getAuthentication().getName(), AuditActions.LOGOUT, null, Map.of());
		this.claims.releaseAll(event.getAuthentication().getName());
	}

}
