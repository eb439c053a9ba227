package com.consulting.cse.caller;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.consulting.cse.web.Problems;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every {@code /api/**} request is authenticated by a bearer JWT (when a resource-server JWT property is
 * set) or HTTP Basic (users of {@code app.security.users}); role rules that need no data are enforced here,
 * rules that depend on a document's client in the application services.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties({ SecurityUsersProperties.class, CorsProperties.class })
class SecurityConfiguration implements WebMvcConfigurer {

	private static final String API = "/api/v1";

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http, ObjectProvider<JwtDecoder> jwtDecoder, Problems problems,
			SecurityUsersProperties users, CorsProperties cors, Clock clock,
			@Value("${app.security.jwt-cache-ttl:PT5M}") Duration jwtCacheTtl) {
		ProblemSecurityHandlers handlers = new ProblemSecurityHandlers(problems, !users.users().isEmpty(),
				jwtDecoder.getIfAvailable() != null);
		if (cors.enabled()) {
			http.cors((configurer) -> configurer.configurationSource(cors.source()));
		}
		else {
			http.cors((configurer) -> configurer.disable());
		}
		http.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.formLogin((form) -> form.disable())
			.logout((logout) -> logout.disable())
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(handlers)
				.accessDeniedHandler(handlers))
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
						"/swagger-ui.html", "/swagger-ui/**", "/error")
				.permitAll()
				.requestMatchers(HttpMethod.POST, API + "/clients")
				.hasRole("ADMIN")
				.requestMatchers(HttpMethod.PATCH, API + "/clients/*")
				.hasRole("ADMIN")
				.requestMatchers(HttpMethod.POST, API + "/artifacts", API + "/artifacts/*/share", API + "/solutions",
						API + "/journeys", API + "/deployments/*/outcome")
				.hasAnyRole("ADMIN", "STAFF")
				.requestMatchers(HttpMethod.PATCH, API + "/artifacts/*")
				.hasAnyRole("ADMIN", "STAFF")
				.requestMatchers(HttpMethod.POST, API + "/artifacts/*/approve", API + "/artifacts/*/request-changes")
				.hasRole("CLIENT")
				.requestMatchers("/api/**")
				.hasAnyRole("ADMIN", "STAFF", "CLIENT")
				.requestMatchers("/actuator/**")
				.hasRole("ADMIN")
				.anyRequest()
				.permitAll());
		if (!users.users().isEmpty()) {
			http.httpBasic((basic) -> basic.authenticationEntryPoint(handlers));
		}
		else {
			http.httpBasic((basic) -> basic.disable());
		}
		if (jwtDecoder.getIfAvailable() != null) {
			http.oauth2ResourceServer((server) -> server.bearerTokenResolver(new FastBearerTokenResolver())
				.jwt((jwt) -> jwt.decoder(new CachingJwtDecoder(jwtDecoder.getObject(), clock, jwtCacheTtl))
					.jwtAuthenticationConverter(rolesClaimConverter()))
				.authenticationEntryPoint(handlers)
				.accessDeniedHandler(handlers));
		}
		return http.build();
	}

	/**
	 * No observations of the security filters, authentication or authorization: they cost time on every request
	 * and the HTTP server observation already times each request.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * Spring Security's strict firewall with its default character rules for header and parameter names and
	 * header values, checked by {@link HeaderCharacters} instead of regular expressions.
	 */
	@Bean
	WebSecurityCustomizer strictFirewall() {
		StrictHttpFirewall firewall = new StrictHttpFirewall();
		firewall.setAllowedHeaderNames(HeaderCharacters.NAME);
		firewall.setAllowedHeaderValues(HeaderCharacters.VALUE);
		firewall.setAllowedParameterNames(HeaderCharacters.NAME);
		return (web) -> web.httpFirewall(firewall);
	}

	/** Right after the security filter chain, so that the user is known. */
	@Bean
	FilterRegistrationBean<AuthenticatedUserLogFilter> authenticatedUserLogFilter(
			ObjectProvider<SecurityFilterProperties> security) {
		FilterRegistrationBean<AuthenticatedUserLogFilter> registration = new FilterRegistrationBean<>(
				new AuthenticatedUserLogFilter());
		registration.setOrder(security.getIfAvailable(SecurityFilterProperties::new).getOrder() + 1);
		return registration;
	}

	@Bean
	UserDetailsService configuredUsers(SecurityUsersProperties users) {
		return new ConfiguredUsers(users);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new CallerArgumentResolver());
	}

	private static JwtAuthenticationConverter rolesClaimConverter() {
		JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
		authorities.setAuthoritiesClaimName("roles");
		authorities.setAuthorityPrefix("ROLE_");
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(authorities);
		return converter;
	}

}
