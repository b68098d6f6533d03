package ru.edu.innovation.platform.identity;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;

import java.time.Clock;

/** What both services' logins share: the memory of verified logins, and no security timers. */
@AutoConfiguration
@ConditionalOnClass(SecurityObservationSettings.class)
@EnableConfigurationProperties(LoginProperties.class)
public class IdentityAutoConfiguration {

    /**
     * No timers of Spring Security's own around each filter, authentication and authorization:
     * {@code http.server.requests} already times every request, and they cost a share of a
     * request's CPU (bench/findings.md).
     */
    @Bean
    @ConditionalOnMissingBean
    public SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** A changed password or role takes effect within {@code innovation.security.verified-login-ttl}. */
    @Bean
    @ConditionalOnMissingBean
    public VerifiedLogins<Authentication> verifiedLogins(
            Clock clock, LoginProperties properties) {
        return new VerifiedLogins<>(properties.verifiedLoginTtl(), 10_000, clock);
    }
}
