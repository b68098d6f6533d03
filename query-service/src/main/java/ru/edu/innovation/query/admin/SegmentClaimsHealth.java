package ru.edu.innovation.query.admin;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * {@code /actuator/health/cluster} (and the overall health): DOWN when a projection's segment has had
 * no working owner for longer than {@code innovation.cluster.segment-down-after}: the views of that
 * segment's projects are standing still on every node. Not part of readiness: the other segments'
 * projects are served, and taking every node out of rotation would not bring the segment back.
 */
@Component("segmentClaimsHealthIndicator")
public class SegmentClaimsHealth implements HealthIndicator {

    private final SegmentClaims claims;
    private final ClusterProperties properties;

    public SegmentClaimsHealth(SegmentClaims claims, ClusterProperties properties) {
        this.claims = claims;
        this.properties = properties;
    }

    @Override
    public Health health() {
        Map<String, List<SegmentClaim>> segments = claims.byProcessor();
        List<SegmentClaim> orphaned = segments.values().stream().flatMap(List::stream)
                .filter(segment -> segment.orphanedLongerThan(properties.segmentDownAfter()))
                .toList();
        Health.Builder health = orphaned.isEmpty() ? Health.up() : Health.down()
                .withDetail("orphaned", orphaned.stream().map(segment -> segment.processor() + " segment "
                        + segment.segment() + " " + segment.state() + " for " + segment.claimAge()).toList());
        segments.forEach((processor, list) -> health.withDetail(processor, list.stream()
                .map(segment -> segment.segment() + ": " + segment.state()
                        + (segment.owner() == null ? "" : " by " + segment.owner()))
                .toList()));
        return health.withDetail("downAfter", properties.segmentDownAfter()).build();
    }
}
