package ru.edu.innovation.platform.timeout;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How long a unit of work may run, under {@code innovation.unit-of-work}: the same limits as Axon's
 * own defaults for the command bus and event processors.
 *
 * @param warnAfter a unit of work still running after this long is logged with where its thread is
 * @param timeout   a unit of work still running after this long has its thread interrupted
 */
@ConfigurationProperties("innovation.unit-of-work")
public record UnitOfWorkTimeoutProperties(@DefaultValue("PT10S") Duration warnAfter,
                                          @DefaultValue("PT60S") Duration timeout) {
}
