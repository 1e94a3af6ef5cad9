package dev.delist.users;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a user may do, each role including the ones before it: a viewer reads, a reviewer also decides, an
 * approver also approves other people's dismissals, an admin also starts runs.
 */
public enum Role {

	VIEWER, REVIEWER, APPROVER, ADMIN;

	/** @throws IllegalArgumentException naming the accepted roles */
	public static Role parse(String value) {
		try {
			return valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("'" + value + "' is not a role (one of " + names() + ")");
		}
	}

	public static String names() {
		return Arrays.stream(values()).map(r -> r.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
	}

	public boolean includes(Role other) {
		return compareTo(other) >= 0;
	}

}
