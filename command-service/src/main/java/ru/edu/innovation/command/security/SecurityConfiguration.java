package ru.edu.innovation.command.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.annotation.Order;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.web.servlet.HandlerExceptionResolver;
import ru.edu.innovation.platform.identity.VerifiedLogins;

import java.time.Clock;
import java.time.Duration;

/**
 * HTTP Basic on the API with the identity service's users. Authentication and authorization
 * failures are handed to the MVC exception handling, so they come out as the same problem
 * details as every other error. Camunda's webapps and REST API under {@code /camunda} and
 * {@code /engine-rest} authenticate against the same users themselves (a session login for the
 * webapps, Basic for the REST API) and check Camunda's authorizations.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(IdentityProperties.class)
public class SecurityConfiguration {

    /**
     * No timers of Spring Security's own around each filter, authentication and authorization: they
     * took 9 % of a command's CPU, and {@code http.server.requests} already times every request.
     */
    @Bean
    public SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @Order(1)
    public SecurityFilterChain camundaSecurity(HttpSecurity http) throws Exception {
        return http
                // Path matchers: these URLs belong to Camunda's servlets and filters, not to Spring MVC.
                .securityMatcher(new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/camunda/**"),
                        PathPatternRequestMatcher.withDefaults().matcher("/engine-rest/**")))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                // The webapps carry their own CSRF protection and security headers.
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.disable())
                .build();
    }

    @Bean
    public FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("camunda-engine-rest-authentication");
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        return registration;
    }

    @Bean
    @Order(2)
    public SecurityFilterChain apiSecurity(HttpSecurity http, CamundaIdentityAuthenticationProvider provider,
                                           @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver)
            throws Exception {
        return http
                .authenticationProvider(provider)
                // A stateless API called with Basic credentials: no session, so no CSRF token to protect.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        // Metrics, the Prometheus scrape and the rest of actuator are the administrators'.
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        // Before the body is read: a non-administrator gets 403, not a validation error.
                        .requestMatchers("/api/admin/**").hasRole("ADMIN")
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        // The feed's published contract: AsyncAPI document and JSON Schemas of the events.
                        .requestMatchers("/asyncapi.json", "/schemas/**").permitAll()
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
    public CamundaIdentityAuthenticationProvider camundaIdentityAuthenticationProvider(
            IdentityService identityService, Clock clock,
            @Value("${innovation.security.verified-login-ttl:PT60S}") Duration verifiedLoginTtl) {
        return new CamundaIdentityAuthenticationProvider(identityService,
                new VerifiedLogins<>(verifiedLoginTtl, 10_000, clock));
    }

    @Bean
    public IdentityBootstrap identityBootstrap(IdentityService identityService, AuthorizationService authorizationService,
                                               IdentityProperties properties) {
        return new IdentityBootstrap(identityService, authorizationService, properties);
    }
}
