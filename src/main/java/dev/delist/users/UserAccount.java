package dev.delist.users;

import java.time.Instant;

/** A user as stored; the hash is bcrypt's, never the password. */
public record UserAccount(String username, String passwordHash, Role role, boolean enabled, Instant createdAt,
		Instant disabledAt) {
}
