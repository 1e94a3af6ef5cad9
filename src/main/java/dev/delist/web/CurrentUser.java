package dev.delist.web;

import java.util.Arrays;
import java.util.Optional;

import dev.delist.users.Role;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The logged-in user as pages and controllers see it: a name, the role, and what the role allows. */
record CurrentUser(String name, Role role) {

	static Optional<CurrentUser> of(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		Role role = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(a -> a != null && a.startsWith("ROLE_"))
			.map(a -> a.substring("ROLE_".length()))
			.filter(a -> Arrays.stream(Role.values()).anyMatch(r -> r.name().equals(a)))
			.map(Role::valueOf)
			.max(Enum::compareTo)
			.orElse(Role.VIEWER);
		return Optional.of(new CurrentUser(authentication.getName(), role));
	}

	public boolean canDecide() {
		return this.role.includes(Role.REVIEWER);
	}

	public boolean canApprove() {
		return this.role.includes(Role.APPROVER);
	}

	public boolean canRun() {
		return this.role.includes(Role.ADMIN);
	}

}
