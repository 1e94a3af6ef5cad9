package dev.delist.web;

import java.util.Locale;

import dev.delist.audit.AuditActions;
import dev.delist.review.InvalidFilter;
import dev.delist.users.UserAccounts;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Which part of the audit trail a page or an API call reads: one user's events, one action's, or both, older
 * than an event id. Read from request parameters, each refused by name when it cannot be what it claims.
 *
 * @param user a user name as {@code users add} accepts them, or null for everyone
 * @param action one of {@link AuditActions#ALL}, or null for every action
 * @param before only events older than this id, or null from the newest
 */
record AuditFilter(String user, String action, Long before) {

	static AuditFilter of(String user, String action, String before) {
		return new AuditFilter(user(user), action(action), before(before));
	}

	/** The same filter for the page after one ending at {@code lastId}, as a link. */
	String olderLink(String path, long lastId) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
		if (this.user != null) {
			link.queryParam("user", this.user);
		}
		if (this.action != null) {
			link.queryParam("action", this.action);
		}
		return link.queryParam("before", lastId).encode().build().toUriString();
	}

	private static String user(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (!UserAccounts.isName(value.strip())) {
			throw new InvalidFilter("user", "not a user name (letters, digits and . _ @ -, at most 64)");
		}
		return value.strip();
	}

	private static String action(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String action = value.strip().toUpperCase(Locale.ROOT);
		if (!AuditActions.ALL.contains(action)) {
			throw new InvalidFilter("action", "'" + value.strip() + "' is not one of " + String.join(", ", AuditActions.ALL));
		}
		return action;
	}

	private static Long before(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			long id = Long.parseLong(value.strip());
			if (id < 1) {
				throw new NumberFormatException();
			}
			return id;
		}
		catch (NumberFormatException ex) {
			throw new InvalidFilter("before", "not an event id (start again from the newest)");
		}
	}

}
