package ru.edu.innovation.query.admin;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class ProjectionsCaughtUpTest {

    private final ProcessorPositions positions = mock(ProcessorPositions.class);
    private final StreamingEventProcessor cards = mock(StreamingEventProcessor.class);
    private final Map<Integer, EventTrackerStatus> segments = new HashMap<>();
    private final ProjectionsCaughtUp readiness = new ProjectionsCaughtUp(positions);

    ProjectionsCaughtUpTest() {
        when(positions.streamingProcessors()).thenReturn(Map.of("project-cards", cards));
        when(cards.getName()).thenReturn("project-cards");
        when(cards.processingStatus()).thenReturn(segments);
        when(positions.tail()).thenReturn(OptionalLong.of(0));
    }

    @Test
    @DisplayName("not ready until every segment has read up to the head the store had at start; then it stays ready")
    void readyOnceCaughtUpWithTheHeadAtStart() {
        when(positions.head()).thenReturn(OptionalLong.of(100));
        assertThat(readiness.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);

        segments.put(0, segmentAt(100L));
        segments.put(1, segmentAt(40L));
        assertThat(readiness.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(readiness.health().getDetails()).containsEntry("position", 40L).containsEntry("headAtStart", 100L);

        // Events committed after the start do not hold readiness back.
        when(positions.head()).thenReturn(OptionalLong.of(500));
        segments.put(1, segmentAt(100L));
        assertThat(readiness.health().getStatus()).isEqualTo(Status.UP);

        segments.put(1, segmentAt(0L));
        assertThat(readiness.health().getStatus()).as("a later replay does not take the service out of rotation")
                .isEqualTo(Status.UP);
    }

    @Test
    @DisplayName("an empty store is ready as soon as the processor has claimed its segments")
    void emptyStore() {
        when(positions.head()).thenReturn(OptionalLong.empty());
        when(positions.tail()).thenReturn(OptionalLong.empty());
        assertThat(readiness.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);

        segments.put(0, segmentAt(null));
        assertThat(readiness.health().getStatus()).isEqualTo(Status.UP);
    }

    private static EventTrackerStatus segmentAt(Long position) {
        EventTrackerStatus status = mock(EventTrackerStatus.class);
        when(status.getCurrentPosition()).thenReturn(position == null ? OptionalLong.empty() : OptionalLong.of(position));
        return status;
    }
}
