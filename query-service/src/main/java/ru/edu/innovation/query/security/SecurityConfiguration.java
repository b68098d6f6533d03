package ru.edu.innovation.query.security;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.HandlerExceptionResolver;
import ru.edu.innovation.platform.identity.VerifiedLogins;

import java.time.Clock;
import java.time.Duration;

/**
 * HTTP Basic with the shared identity store; every failure comes out as problem details from the
 * one exception mapper. The read API changes nothing, so there is no session and no CSRF token.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityConfiguration {

    /**
     * No timers of Spring Security's own around each filter, authentication and authorization: in
     * command-service they took 9 % of a request's CPU, and {@code http.server.requests} already times
     * every request.
     */
    @Bean
    public SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    public SecurityFilterChain readApiSecurity(HttpSecurity http, IdentityStoreAuthenticationProvider provider,
                                               @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver)
            throws Exception {
        return http
                .authenticationProvider(provider)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        // Metrics, the Prometheus scrape and the rest of actuator are the administrators'.
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        // Before the body is read: a non-administrator gets 403, not a validation error.
                        .requestMatchers("/api/admin/**").hasRole("ADMIN")
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers("/error").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic
                        .realmName("innovation")
                        .authenticationEntryPoint((request, response, failure) ->
                                resolver.resolveException(request, response, null, failure)))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint((request, response, failure) ->
                                resolver.resolveException(request, response, null, failure))
                        .accessDeniedHandler((request, response, denied) ->
                                resolver.resolveException(request, response, null, denied)))
                .build();
    }

    @Bean
    public IdentityStoreAuthenticationProvider identityStoreAuthenticationProvider(
            JdbcTemplate jdbc, Clock clock,
            @Value("${innovation.security.verified-login-ttl:PT60S}") Duration verifiedLoginTtl) {
        return new IdentityStoreAuthenticationProvider(jdbc, clock, new VerifiedLogins<>(verifiedLoginTtl, 10_000, clock));
    }
}
