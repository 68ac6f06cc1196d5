package io.kairos.identity.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import io.kairos.identity.token.ApiTokens;
import io.kairos.shared.api.ProblemWriter;

/**
 * Three doors. {@code POST /api/v1/tokens} also takes HTTP Basic, so a script can get its first token;
 * the rest of {@code /api} takes only bearer tokens and keeps no session (so it needs no CSRF token);
 * pages use form sign-in, a database-backed session, CSRF on every form and strict headers. The survey page
 * {@code /s/{token}} is public: its unguessable token is the credential.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/** The customer's survey page, opened from an invitation without signing in. */
	static final String PUBLIC_SURVEYS = "/s/*";

	@Bean
	@Order(1)
	SecurityFilterChain tokenIssueChain(HttpSecurity http, ApiTokens tokens, LoginThrottle throttle,
			SignInAudit audit, ProblemWriter problems) throws Exception {
		ProblemSecurityHandlers handlers = new ProblemSecurityHandlers(problems, "Basic realm=\"kairos\"");
		http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/v1/tokens"))
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.httpBasic(basic -> basic.authenticationEntryPoint(handlers))
			.addFilterBefore(new LoginThrottleFilter(throttle, audit, problems), BasicAuthenticationFilter.class)
			.addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
			.exceptionHandling(errors -> errors.authenticationEntryPoint(handlers).accessDeniedHandler(handlers));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, ProblemWriter problems) throws Exception {
		ProblemSecurityHandlers handlers = new ProblemSecurityHandlers(problems, "Bearer");
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
			.exceptionHandling(errors -> errors.authenticationEntryPoint(handlers).accessDeniedHandler(handlers));
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain webChain(HttpSecurity http, ApiTokens tokens, LoginThrottle throttle, SignInAudit audit,
			ProblemWriter problems) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/login", LoginThrottleFilter.THROTTLED_PAGE, "/preferences/language", "/css/**", "/js/**",
					"/img/**", "/webjars/**", "/favicon.ico", "/error", "/actuator/health", "/actuator/health/**",
					PUBLIC_SURVEYS)
			.permitAll()
			.requestMatchers("/actuator/**")
			.hasRole("ADMIN")
			.anyRequest()
			.authenticated())
			// A survey link's token is its only credential: a cross-site forger cannot know it, and no session exists.
			.csrf(csrf -> csrf.ignoringRequestMatchers(PUBLIC_SURVEYS))
			.formLogin(form -> form.loginPage("/login").permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.addFilterBefore(new LoginThrottleFilter(throttle, audit, problems), UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(new BearerTokenFilter(tokens, problems), UsernamePasswordAuthenticationFilter.class)
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
		return http.build();
	}

}
