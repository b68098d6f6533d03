package ru.edu.innovation.command.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * HTTP Basic on the API with the identity service's users. Authentication and authorization
 * failures are handed to the MVC exception handling, so they come out as the same problem
 * details as every other error.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(IdentityProperties.class)
public class SecurityConfiguration {

    @Bean
    public SecurityFilterChain apiSecurity(HttpSecurity http, CamundaIdentityAuthenticationProvider provider,
                                           @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver)
            throws Exception {
        return http
                .authenticationProvider(provider)
                // A stateless API called with Basic credentials: no session, so no CSRF token to protect.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/info").permitAll()
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
    public CamundaIdentityAuthenticationProvider camundaIdentityAuthenticationProvider(IdentityService identityService) {
        return new CamundaIdentityAuthenticationProvider(identityService);
    }

    @Bean
    public IdentityBootstrap identityBootstrap(IdentityService identityService, IdentityProperties properties) {
        return new IdentityBootstrap(identityService, properties);
    }
}
