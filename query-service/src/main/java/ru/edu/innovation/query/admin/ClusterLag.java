package ru.edu.innovation.query.admin;

import java.time.Instant;
import java.util.List;

/**
 * How far the shared views are behind the event store, over every query-service on the database.
 *
 * @param head       the global index of the newest stored event (-1 while the store is empty)
 * @param thisNode   how this node is named as a claim's owner
 * @param processors each projection's processor: its lag (the largest over its segments) and its segments
 */
public record ClusterLag(Instant checkedAt, long head, String thisNode, List<ProcessorLag> processors) {

    /**
     * @param lag       events the slowest segment has not read yet
     * @param unclaimed segments with no working owner (released, or a claim not extended in time)
     */
    public record ProcessorLag(String processor, long lag, long unclaimed, List<SegmentClaim> segments) {
    }
}
