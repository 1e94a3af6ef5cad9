package dev.delist.web;

import dev.delist.users.Role;

/** The role names Spring Security checks ({@code ROLE_} is added by it), one per {@link Role}. */
final class Roles {

	static final String VIEWER = Role.VIEWER.name();

	static final String REVIEWER = Role.REVIEWER.name();

	static final String APPROVER = Role.APPROVER.name();

	static final String ADMIN = Role.ADMIN.name();

	private Roles() {
	}

}
