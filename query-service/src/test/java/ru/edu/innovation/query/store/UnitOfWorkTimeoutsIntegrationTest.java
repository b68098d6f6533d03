package ru.edu.innovation.query.store;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.messaging.timeout.UnitOfWorkTimeoutInterceptor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.edu.innovation.platform.timeout.UnitOfWorkTimeouts;
import ru.edu.innovation.query.ReadSideIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Every view's processor is watched by platform's timeouts, and Axon's own stack-walking ones are off. */
class UnitOfWorkTimeoutsIntegrationTest extends ReadSideIntegrationTest {

    @Autowired
    private EventProcessingConfiguration processing;

    @Test
    @DisplayName("each event processor's batches are watched by UnitOfWorkTimeouts, none by Axon's timeout interceptor")
    void processorsAreWatchedByThePlatformsTimeouts() {
        assertThat(processing.eventProcessors()).isNotEmpty();
        processing.eventProcessors().keySet().forEach(processor -> assertThat(processing.interceptorsFor(processor))
                .as(processor)
                .hasAtLeastOneElementOfType(UnitOfWorkTimeouts.class)
                .noneMatch(UnitOfWorkTimeoutInterceptor.class::isInstance));
        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                .noneMatch(name -> name.startsWith("axon-janitor"));
    }
}
