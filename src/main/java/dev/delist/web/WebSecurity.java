package dev.delist.web;

import jakarta.servlet.DispatcherType;

import dev.delist.users.LoginThrottle;
import dev.delist.users.UserAccounts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may do what. Health is open (probes); everything else needs a login. Pages redirect to the login form, the
 * API answers 401; reviewers decide, approvers approve, admins start runs. State changes need the CSRF token
 * (form field {@code _csrf} or header {@code X-CSRF-TOKEN}); every answer carries a CSP that allows only this
 * server's own scripts and styles, so a store-written title can never run.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurity {

	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; "
			+ "frame-ancestors 'none'; object-src 'none'";

	@Bean
	SecurityFilterChain workbench(HttpSecurity http, UserAccounts users, LoginThrottle throttle) throws Exception {
		RequestMatcher api = PathPatternRequestMatcher.pathPattern("/api/**");
		http.authorizeHttpRequests(requests -> requests
			.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
			.requestMatchers("/actuator/health", "/actuator/health/**", "/livez", "/login", "/css/**", "/js/**", "/error",
					"/favicon.ico").permitAll()
			.requestMatchers(HttpMethod.POST, "/api/candidates/*/decision", "/candidates/*/decision",
					"/candidates/decisions", "/candidates/*/notes").hasRole(Roles.REVIEWER)
			.requestMatchers(HttpMethod.POST, "/api/candidates/*/approval", "/candidates/*/approval")
			.hasRole(Roles.APPROVER)
			.requestMatchers(HttpMethod.POST, "/runs/**").hasRole(Roles.ADMIN)
			// everyone's logins and decisions: for those who answer for them
			.requestMatchers(HttpMethod.GET, "/audit").hasRole(Roles.APPROVER)
			.requestMatchers(HttpMethod.POST, "/logout").authenticated()
			// anything else that changes state is refused unless a rule above allows it
			.requestMatchers(HttpMethod.POST, "/**").denyAll()
			.requestMatchers(HttpMethod.PUT, "/**").denyAll()
			.requestMatchers(HttpMethod.DELETE, "/**").denyAll()
			.requestMatchers(HttpMethod.PATCH, "/**").denyAll()
			.anyRequest().authenticated());
		http.authenticationProvider(new ThrottledLogin(users, throttle));
		http.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/candidates", false)
			.failureUrl("/login?error").permitAll());
		http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"));
		http.exceptionHandling(errors -> errors
			.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api)
			// every other request is a page: to the form, whatever the client says it accepts
			.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), AnyRequestMatcher.INSTANCE)
			.accessDeniedHandler(anonymousApiIsUnauthorized(api)));
		http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.frameOptions(frame -> frame.deny())
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix()
			.role(Roles.ADMIN).implies(Roles.APPROVER)
			.role(Roles.APPROVER).implies(Roles.REVIEWER)
			.role(Roles.REVIEWER).implies(Roles.VIEWER)
			.build();
	}

	/**
	 * The CSRF check runs before the login check, so an anonymous API call without a token would get 403; a
	 * tool must learn it is not logged in (401) first.
	 */
	private static AccessDeniedHandler anonymousApiIsUnauthorized(RequestMatcher api) {
		AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();
		return (request, response, denied) -> {
			var authentication = SecurityContextHolder.getContext().getAuthentication();
			boolean anonymous = authentication == null || authentication instanceof AnonymousAuthenticationToken;
			if (anonymous && api.matches(request)) {
				response.sendError(HttpStatus.UNAUTHORIZED.value());
			}
			else {
				forbidden.handle(request, response, denied);
			}
		};
	}

}
