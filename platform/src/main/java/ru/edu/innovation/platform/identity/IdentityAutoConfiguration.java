package ru.edu.innovation.platform.identity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;

import java.time.Clock;
import java.time.Duration;

/** What both services' logins share: the memory of verified logins, and no security timers. */
@AutoConfiguration
@ConditionalOnClass(SecurityObservationSettings.class)
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
            Clock clock, @Value("${innovation.security.verified-login-ttl:PT60S}") Duration verifiedLoginTtl) {
        return new VerifiedLogins<>(verifiedLoginTtl, 10_000, clock);
    }
}
