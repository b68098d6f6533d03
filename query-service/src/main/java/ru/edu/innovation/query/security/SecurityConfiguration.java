package ru.edu.innovation.query.security;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.edu.innovation.platform.region.Regions;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.security.core.Authentication;
import ru.edu.innovation.platform.identity.ApiSecurity;
import ru.edu.innovation.platform.identity.IdentityStore;
import ru.edu.innovation.platform.identity.VerifiedLogins;

import java.time.Clock;

/**
 * HTTP Basic with the shared identity store; every failure comes out as problem details from the
 * one exception mapper. The read API changes nothing, so there is no session and no CSRF token.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityConfiguration {

    @Bean
    public SecurityFilterChain readApiSecurity(HttpSecurity http, IdentityStoreAuthenticationProvider provider,
                                               @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver)
            throws Exception {
        return ApiSecurity.basic(http, provider, resolver).build();
    }

    @Bean
    public IdentityStoreAuthenticationProvider identityStoreAuthenticationProvider(
            JdbcTemplate jdbc, Clock clock, VerifiedLogins<Authentication> verifiedLogins, Regions regions) {
        return new IdentityStoreAuthenticationProvider(new IdentityStore(jdbc, clock), verifiedLogins, regions);
    }
}
