package ru.edu.innovation.query.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How query-services sharing one database watch the projections' segments.
 *
 * @param segmentDownAfter a segment whose claim nobody has taken or extended for longer than this
 *                         turns the {@code segmentClaims} health DOWN. A live node extends its claims
 *                         often; a dead node's claim can be taken after Axon's claim timeout
 *                         ({@link SegmentClaims#CLAIM_TIMEOUT}) plus the survivor's token claim
 *                         interval, so the default leaves room for one failover before it alarms.
 */
@ConfigurationProperties("innovation.cluster")
public record ClusterProperties(@DefaultValue("PT30S") Duration segmentDownAfter) {
}
