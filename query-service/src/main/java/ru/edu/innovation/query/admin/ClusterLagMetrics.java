package ru.edu.innovation.query.admin;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The cluster-wide lag, read from the shared token table: the same on every query-service, including
 * a standby that works on no segment (whose own {@code innovation.projection.lag} is NaN).
 * {@code innovation.projection.cluster.lag{processor}} is the lag of the slowest segment;
 * {@code innovation.projection.cluster.unclaimed{processor}} counts segments without a working owner.
 */
@Component
public class ClusterLagMetrics {

    public static final String LAG = "innovation.projection.cluster.lag";
    public static final String UNCLAIMED = "innovation.projection.cluster.unclaimed";

    private final SegmentClaims claims;
    private final ProcessorPositions positions;
    private final MeterRegistry meters;
    private final Clock clock;

    public ClusterLagMetrics(SegmentClaims claims, ProcessorPositions positions, MeterRegistry meters, Clock clock) {
        this.claims = claims;
        this.positions = positions;
        this.meters = meters;
        this.clock = clock;
    }

    /** Every processor and its segments, now. */
    public ClusterLag now() {
        Map<String, List<SegmentClaim>> segments = claims.byProcessor();
        List<ClusterLag.ProcessorLag> processors = positions.streamingProcessors().keySet().stream()
                .map(name -> lagOf(name, segments.getOrDefault(name, List.of())))
                .toList();
        return new ClusterLag(clock.instant(), positions.head().orElse(-1), SegmentClaims.THIS_NODE, processors);
    }

    @EventListener(ApplicationStartedEvent.class)
    public void registerGauges() {
        positions.streamingProcessors().keySet().forEach(name -> {
            Gauge.builder(LAG, () -> processor(name).lag())
                    .tag("processor", name)
                    .description("Events of the store the slowest segment of a projection has not read, over all nodes")
                    .register(meters);
            Gauge.builder(UNCLAIMED, () -> processor(name).unclaimed())
                    .tag("processor", name)
                    .description("Segments of a projection no node works on (released, or claim not extended in time)")
                    .register(meters);
        });
    }

    private ClusterLag.ProcessorLag processor(String name) {
        return lagOf(name, claims.byProcessor().getOrDefault(name, List.of()));
    }

    private static ClusterLag.ProcessorLag lagOf(String name, List<SegmentClaim> segments) {
        long lag = segments.stream().mapToLong(SegmentClaim::lag).max().orElse(0);
        long unclaimed = segments.stream().filter(segment -> segment.state() != SegmentClaim.State.CLAIMED).count();
        return new ClusterLag.ProcessorLag(name, lag, unclaimed, segments);
    }
}
