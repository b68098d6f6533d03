package ru.edu.innovation.query.admin;

import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class ProjectionsCaughtUpTest {

    private final ProcessorPositions positions = mock(ProcessorPositions.class);
    private final SegmentClaims claims = mock(SegmentClaims.class);
    private final List<SegmentClaim> segments = new ArrayList<>();
    private final ProjectionsCaughtUp readiness = new ProjectionsCaughtUp(positions, claims);

    ProjectionsCaughtUpTest() {
        when(positions.streamingProcessors()).thenReturn(Map.of("project-cards", mock(StreamingEventProcessor.class)));
        when(positions.tail()).thenReturn(OptionalLong.of(0));
        when(claims.byProcessor()).thenAnswer(ask -> segments.isEmpty() ? Map.of() : Map.of("project-cards", List.copyOf(segments)));
    }

    @Test
    @DisplayName("not ready until every segment has read up to the head the store had at start; then it stays ready")
    void readyOnceCaughtUpWithTheHeadAtStart() {
        when(positions.head()).thenReturn(OptionalLong.of(100));
        assertThat(readiness.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);

        segments.add(segmentAt(0, 100L, "1@node-a"));
        segments.add(segmentAt(1, 40L, "1@node-a"));
        assertThat(readiness.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(readiness.health().getDetails()).containsEntry("position", 40L).containsEntry("headAtStart", 100L);

        // Events committed after the start do not hold readiness back.
        when(positions.head()).thenReturn(OptionalLong.of(500));
        segments.set(1, segmentAt(1, 100L, "1@node-a"));
        assertThat(readiness.health().getStatus()).isEqualTo(Status.UP);

        segments.set(1, segmentAt(1, 0L, "1@node-a"));
        assertThat(readiness.health().getStatus()).as("a later replay does not take the service out of rotation")
                .isEqualTo(Status.UP);
    }

    @Test
    @DisplayName("a standby that works on no segment is ready once the shared token table shows the views caught up")
    void standbyReadyFromTheTokenTable() {
        when(positions.head()).thenReturn(OptionalLong.of(100));
        segments.add(segmentAt(0, 100L, "1@other-node"));
        segments.add(segmentAt(1, 99L, "1@other-node"));
        assertThat(readiness.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);

        segments.set(1, segmentAt(1, 100L, "1@other-node"));
        assertThat(readiness.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    @DisplayName("an empty store is ready as soon as the processor's segments are in the token table")
    void emptyStore() {
        when(positions.head()).thenReturn(OptionalLong.empty());
        when(positions.tail()).thenReturn(OptionalLong.empty());
        assertThat(readiness.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);

        segments.add(segmentAt(0, null, null));
        assertThat(readiness.health().getStatus()).isEqualTo(Status.UP);
    }

    private static SegmentClaim segmentAt(int segment, Long position, String owner) {
        return new SegmentClaim("project-cards", segment, position, 0, owner, null, Duration.ZERO,
                owner == null ? SegmentClaim.State.UNCLAIMED : SegmentClaim.State.CLAIMED);
    }
}
