package ru.edu.innovation.command.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.annotation.Order;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.security.core.Authentication;
import ru.edu.innovation.command.tasklist.TasklistSettingsController;
import ru.edu.innovation.platform.identity.ApiSecurity;
import ru.edu.innovation.platform.identity.VerifiedLogins;


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
        // The feed's published contract, AsyncAPI document and JSON Schemas of the events, is open too, and
        // so are the addresses Tasklist's login page shows.
        return ApiSecurity.basic(http, provider, resolver, "/asyncapi.json", "/schemas/**",
                TasklistSettingsController.PATH).build();
    }

    @Bean
    public CamundaIdentityAuthenticationProvider camundaIdentityAuthenticationProvider(
            IdentityService identityService, VerifiedLogins<Authentication> verifiedLogins) {
        return new CamundaIdentityAuthenticationProvider(identityService, verifiedLogins);
    }

    @Bean
    public IdentityBootstrap identityBootstrap(IdentityService identityService, AuthorizationService authorizationService,
                                               IdentityProperties properties) {
        return new IdentityBootstrap(identityService, authorizationService, properties);
    }
}
