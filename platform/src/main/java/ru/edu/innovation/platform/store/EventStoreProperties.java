package ru.edu.innovation.platform.store;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How both services read the event store, under {@code innovation.event-store}.
 *
 * @param fetchBatchSize   events read per query by a processor that is behind
 * @param fetchDelay       how soon a processor that has caught up polls the store again
 * @param cleanupDelay     how often processors that fell behind the shared read-ahead get streams of their own
 * @param cachedEvents     how many of the newest events the shared read-ahead keeps
 * @param hashesRemembered how many aggregates' last hash the writer keeps (command-service only)
 */
@ConfigurationProperties("innovation.event-store")
public record EventStoreProperties(@DefaultValue("1000") int fetchBatchSize,
                                   @DefaultValue("PT0.02S") Duration fetchDelay,
                                   @DefaultValue("PT0.25S") Duration cleanupDelay,
                                   @DefaultValue("2000") int cachedEvents,
                                   @DefaultValue("10000") int hashesRemembered) {
}
