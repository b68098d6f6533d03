package ru.edu.innovation.platform.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * The API's security as both services have it: HTTP Basic against the shared users, no session and
 * so no CSRF token; health and the API documents open, actuator and {@code /api/admin} the
 * administrators' (checked before the body is read, so a non-administrator gets 403, not a
 * validation error), everything else for a logged-in user. Failures go to the MVC exception
 * handling, so they come out as the same problem details as every other error.
 */
public final class ApiSecurity {

    private ApiSecurity() {
    }

    /** @param openPaths what else anyone may read (a service's published contracts) */
    public static HttpSecurity basic(HttpSecurity http, AuthenticationProvider provider, HandlerExceptionResolver resolver,
                                     String... openPaths) throws Exception {
        AuthenticationEntryPoint asProblem = (request, response, failure) ->
                resolver.resolveException(request, response, null, failure);
        return http
                .authenticationProvider(provider)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                            .requestMatchers("/actuator/**").hasRole("ADMIN")
                            .requestMatchers("/api/admin/**").hasRole("ADMIN")
                            .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll();
                    if (openPaths.length > 0) {
                        requests.requestMatchers(openPaths).permitAll();
                    }
                    requests.requestMatchers("/error").permitAll()
                            .anyRequest().authenticated();
                })
                .httpBasic(basic -> basic.realmName("innovation").authenticationEntryPoint(asProblem))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(asProblem)
                        .accessDeniedHandler((request, response, denied) ->
                                resolver.resolveException(request, response, null, denied)));
    }
}
