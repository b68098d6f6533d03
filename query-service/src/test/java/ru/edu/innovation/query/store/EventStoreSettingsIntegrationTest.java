package ru.edu.innovation.query.store;

import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;
import ru.edu.innovation.query.ReadSideIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store's settings that keep a burst of events from filling the heap. How a busy stream is let
 * go during a burst is shown in command-service's EventStoreReadingIntegrationTest; a burst here
 * would add thousands of projects to the views the other tests read.
 */
class EventStoreSettingsIntegrationTest extends ReadSideIntegrationTest {

    @Autowired
    private EventStore eventStore;

    @Autowired
    private Configuration axon;

    @Test
    @DisplayName("a processor busy during a burst is let go of the shared read-ahead within a second, not Axon's ten")
    void busyProcessorsLetGoQuickly() {
        assertThat(eventStore).isInstanceOf(EmbeddedEventStore.class);
        assertThat((Long) ReflectionTestUtils.getField(eventStore, "cleanupDelayMillis")).isBetween(1L, 1_000L);
    }

    @Test
    @DisplayName("the shared read-ahead keeps two fetches' worth of events in memory, not Axon's 10,000")
    void readAheadIsSmall() {
        Object producer = ReflectionTestUtils.getField(eventStore, "producer");
        assertThat((Integer) ReflectionTestUtils.getField(producer, "cachedEvents")).isEqualTo(2_000);
    }

    @Test
    @DisplayName("the processors work out no correlation data: nothing is sent on from a view, and it cost each event its metadata")
    void noCorrelationData() {
        assertThat(axon.correlationDataProviders()).isEmpty();
    }
}
