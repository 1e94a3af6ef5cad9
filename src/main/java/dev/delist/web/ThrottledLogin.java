package dev.delist.web;

import java.util.List;

import dev.delist.users.LoginThrottle;
import dev.delist.users.UserAccount;
import dev.delist.users.UserAccounts;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Checks a user name and password against {@code app_user}. Five wrong passwords for a name within a minute
 * and the next attempts for it are refused without a check until the minute is over. A disabled user, an unknown
 * one and a wrong password all get the same answer, so the form tells a guesser nothing.
 */
final class ThrottledLogin implements AuthenticationProvider {

	private final UserAccounts users;

	private final LoginThrottle throttle;

	ThrottledLogin(UserAccounts users, LoginThrottle throttle) {
		this.users = users;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String name = authentication.getName();
		Object credentials = authentication.getCredentials();
		String password = (credentials != null) ? credentials.toString() : "";
		if (this.throttle.throttled(name)) {
			throw new LockedException("too many wrong passwords for this user; wait a minute");
		}
		UserAccount user = this.users.find(name).filter(UserAccount::enabled).orElse(null);
		if (user == null) {
			this.users.matchNobody(password);
		}
		if (user == null || !this.users.matches(user, password)) {
			this.throttle.failed(name);
			throw new BadCredentialsException("wrong user name or password");
		}
		this.throttle.succeeded(name);
		return UsernamePasswordAuthenticationToken.authenticated(user.username(), null,
				List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name())));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
