package ru.edu.innovation.query.admin;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class SegmentClaimsHealthTest {

    private final SegmentClaims claims = mock(SegmentClaims.class);
    private final SegmentClaimsHealth health = new SegmentClaimsHealth(claims, new ClusterProperties(Duration.ofSeconds(30)));

    @Test
    @DisplayName("UP while every segment has a working owner, and while one has been without only briefly")
    void upWhileClaimedOrBrieflyReleased() {
        segments(segment(0, SegmentClaim.State.CLAIMED, 1), segment(1, SegmentClaim.State.UNCLAIMED, 5));
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    @DisplayName("DOWN when a segment has been unclaimed, or held by a node that stopped extending it, past the threshold")
    void downWhenOrphanedPastTheThreshold() {
        segments(segment(0, SegmentClaim.State.CLAIMED, 1), segment(1, SegmentClaim.State.STALE, 31));
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.health().getDetails().get("orphaned").toString()).contains("project-cards segment 1 STALE");

        segments(segment(0, SegmentClaim.State.UNCLAIMED, 45), segment(1, SegmentClaim.State.CLAIMED, 0));
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
    }

    private void segments(SegmentClaim... segments) {
        when(claims.byProcessor()).thenReturn(Map.of("project-cards", List.of(segments)));
    }

    private static SegmentClaim segment(int id, SegmentClaim.State state, int ageSeconds) {
        Instant now = Instant.parse("2026-12-06T10:00:00Z");
        return new SegmentClaim("project-cards", id, 10L, 0, state == SegmentClaim.State.UNCLAIMED ? null : "1@node",
                now.minusSeconds(ageSeconds), Duration.ofSeconds(ageSeconds), state);
    }
}
