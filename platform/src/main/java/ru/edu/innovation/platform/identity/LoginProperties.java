package ru.edu.innovation.platform.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How logins are checked, under {@code innovation.security}.
 *
 * @param verifiedLoginTtl how long a verified login is trusted without asking the identity store again:
 *                         a changed password, lock or group membership takes effect within it; zero
 *                         checks every request
 */
@ConfigurationProperties("innovation.security")
public record LoginProperties(@DefaultValue("PT60S") Duration verifiedLoginTtl) {
}
