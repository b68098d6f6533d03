package ru.edu.innovation.query.admin;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * Part of readiness: the service is ready once every projection has read the store up to the event
 * that was newest when it first asked, so a client (or the one-command launcher) that sees it ready
 * does not read views still being filled after a start on an existing store. Once reached it stays
 * up: later lag is reported by the lag gauges, not by taking the service out of rotation.
 * <p>
 * The positions come from the shared token table, not from this node's processors: the views are
 * shared, so a standby that works on no segment serves reads as current as the node that does, and
 * is ready when they are.
 */
@Component("projections")
public class ProjectionsCaughtUp implements HealthIndicator {

    private final ProcessorPositions positions;
    private final SegmentClaims claims;
    private volatile Long headAtStart;
    private volatile boolean caughtUp;

    public ProjectionsCaughtUp(ProcessorPositions positions, SegmentClaims claims) {
        this.positions = positions;
        this.claims = claims;
    }

    @Override
    public Health health() {
        if (caughtUp) {
            return Health.up().build();
        }
        if (headAtStart == null) {
            headAtStart = positions.head().orElse(-1);
        }
        long beforeFirst = positions.tail().orElse(-1);
        Map<String, List<SegmentClaim>> segments = claims.byProcessor();
        long lowest = Long.MAX_VALUE;
        for (String processor : positions.streamingProcessors().keySet()) {
            List<SegmentClaim> own = segments.getOrDefault(processor, List.of());
            if (own.isEmpty()) {
                return Health.outOfService().withDetail(processor, "no segment in the token table yet").build();
            }
            for (SegmentClaim segment : own) {
                lowest = Math.min(lowest, segment.position() == null ? beforeFirst : segment.position());
            }
        }
        if (lowest < headAtStart) {
            return Health.outOfService().withDetail("position", lowest).withDetail("headAtStart", headAtStart).build();
        }
        caughtUp = true;
        return Health.up().build();
    }
}
