package com.kacrm.app.security;

import java.util.Map;

import com.kacrm.app.ops.RequestUserFilter;
import com.kacrm.domain.organisation.LoginLockoutPolicy;
import com.kacrm.domain.organisation.Role;
import com.kacrm.web.shared.DatabaseOutage;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

/**
 * Who may reach what.
 * <ul>
 * <li>Screens: form login at {@code /login}, a session with a new id after login
 * (fixation protection), CSRF tokens on every change (htmx sends the token header), a
 * Content-Security-Policy that allows no inline script, {@code /admin/**} for admins
 * only.</li>
 * <li>The JSON API under {@code /api/**}: HTTP Basic on every request, no session and
 * hence no CSRF; refusals as problem details. A changing call that a browser marks as
 * coming from another site is refused ({@link CrossSiteApiWriteFilter}). Anyone signed in
 * may read reference data; only admins change it.</li>
 * <li>Wrong passwords are counted per account in the database and lock it for a while
 * ({@link LoginAttemptRecorder}). The lock and the disabled flag are checked only after
 * the password, so an attacker learns nothing from timing, and unknown users get the same
 * answer as wrong passwords.</li>
 * <li>Sessions live in PostgreSQL (Spring Session JDBC, cookie {@code KACRM_SESSION}), so
 * any node serves any signed-in user. They are found per user, so that disabling a user,
 * resetting their password or changing their role ends their open sessions on every node
 * ({@link SessionExpiry}); each request checks its session's expired mark in the
 * database.</li>
 * </ul>
 * Row-level rules (own and team records) live in the services' queries, not here.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/** Swagger UI sets inline styles on its elements; it still runs no inline script. */
	static final String API_DOCS_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'",
			"style-src 'self' 'unsafe-inline'");

	/** The session cookie's name (server.servlet.session.cookie.name). */
	static final String SESSION_COOKIE = "KACRM_SESSION";

	private static final String[] PUBLIC_PATHS = { "/login", "/error", "/css/**", "/js/**", "/webjars/**",
			"/favicon.ico", "/actuator/health", "/actuator/health/**" };

	@Bean
	LoginLockoutPolicy loginLockoutPolicy(LockoutProperties properties) {
		return properties.policy();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordHashing.encoder();
	}

	/**
	 * The open sessions of all nodes by user, read from the session tables, so that
	 * disabling a user or resetting their password can end them ({@link SessionExpiry});
	 * unlimited sessions per user.
	 */
	@Bean
	<S extends Session> SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<S> sessions) {
		return new SpringSessionBackedSessionRegistry<>(sessions);
	}

	@Bean
	AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder passwordEncoder,
			ApplicationEventPublisher events) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
		provider.setPasswordEncoder(passwordEncoder);
		provider.setPreAuthenticationChecks((user) -> {
		});
		provider.setPostAuthenticationChecks(new AccountStatusChecks());
		ProviderManager manager = new ProviderManager(provider);
		manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
		return manager;
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
		AuthenticationEntryPoint unauthorized = (request, response, ex) -> {
			if (DatabaseOutage.isCause(ex)) {
				// The user could not be looked up: the database is down, not the password
				// wrong.
				DatabaseOutage.prepare(response);
				ProblemJson.write(response, HttpStatus.SERVICE_UNAVAILABLE, DatabaseOutage.DETAIL);
				return;
			}
			response.setHeader("WWW-Authenticate", "Basic realm=\"kacrm\", charset=\"UTF-8\"");
			ProblemJson.write(response, HttpStatus.UNAUTHORIZED, "Authentication is required.");
		};
		AccessDeniedHandler forbidden = (request, response, ex) -> ProblemJson.write(response, HttpStatus.FORBIDDEN,
				"You may not do this.");
		http.securityMatcher("/api/**")
			.authenticationManager(authenticationManager)
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.GET, "/api/**")
				.authenticated()
				.requestMatchers("/api/v1/reference/**")
				.hasRole(Role.ADMIN.name())
				.anyRequest()
				.authenticated())
			.httpBasic((basic) -> basic.authenticationEntryPoint(unauthorized))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.exceptionHandling((errors) -> errors.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
			.headers((headers) -> commonHeaders(headers, CONTENT_SECURITY_POLICY))
			.addFilterBefore(new CrossSiteApiWriteFilter(), BasicAuthenticationFilter.class)
			.addFilterAfter(new RequestUserFilter(), AnonymousAuthenticationFilter.class);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain apiDocsSecurity(HttpSecurity http, AuthenticationManager authenticationManager,
			SessionRegistry sessionRegistry) throws Exception {
		http.securityMatcher("/v3/api-docs/**", "/v3/api-docs", "/swagger-ui/**", "/swagger-ui.html")
			.authenticationManager(authenticationManager)
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.httpBasic(Customizer.withDefaults())
			// The screens' session works here too, so its expired mark must count here
			// too.
			.sessionManagement(
					(sessions) -> sessions.sessionConcurrency((concurrency) -> concurrency.maximumSessions(-1)
						.sessionRegistry(sessionRegistry)
						.expiredUrl("/login?expired")))
			.exceptionHandling(
					(errors) -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
			.headers((headers) -> commonHeaders(headers, API_DOCS_CONTENT_SECURITY_POLICY));
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain webSecurity(HttpSecurity http, AuthenticationManager authenticationManager,
			SessionRegistry sessionRegistry) throws Exception {
		ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
		failures.setDefaultFailureUrl("/login?error");
		failures.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked"));
		http.authenticationManager(authenticationManager)
			.authorizeHttpRequests((requests) -> requests.requestMatchers(PUBLIC_PATHS)
				.permitAll()
				// A calendar app reads the secret feed without a session or password: the
				// token in the address is the key (CalendarFeedController), GET only.
				.requestMatchers(HttpMethod.GET, "/calendar/*.ics")
				.permitAll()
				.requestMatchers("/admin", "/admin/**", "/actuator/**")
				.hasRole(Role.ADMIN.name())
				.anyRequest()
				.authenticated())
			.formLogin((form) -> form.loginPage("/login")
				.failureHandler(databaseOutageFirst(failures))
				.defaultSuccessUrl("/", false))
			.logout((logout) -> logout.logoutUrl("/logout")
				.logoutSuccessUrl("/login?logout")
				.invalidateHttpSession(true)
				.deleteCookies(SESSION_COOKIE))
			.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId())
				.sessionConcurrency((concurrency) -> concurrency.maximumSessions(-1)
					.sessionRegistry(sessionRegistry)
					.expiredUrl("/login?expired")))
			.headers((headers) -> commonHeaders(headers, CONTENT_SECURITY_POLICY))
			.addFilterAfter(new RequestUserFilter(), AnonymousAuthenticationFilter.class);
		return http.build();
	}

	/**
	 * A login that fails because the database is down shows the 503 page ("try again
	 * shortly"), not "wrong user name or password".
	 */
	private static AuthenticationFailureHandler databaseOutageFirst(AuthenticationFailureHandler failures) {
		return (request, response, ex) -> {
			if (DatabaseOutage.isCause(ex)) {
				DatabaseOutage.sendErrorPage(request, response);
			}
			else {
				failures.onAuthenticationFailure(request, response, ex);
			}
		};
	}

	private static void commonHeaders(
			org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers,
			String contentSecurityPolicy) {
		headers.contentSecurityPolicy((csp) -> csp.policyDirectives(contentSecurityPolicy))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.frameOptions((frames) -> frames.deny())
			.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", "camera=(), microphone=(), geolocation=()"))
			.addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin"));
	}

}
