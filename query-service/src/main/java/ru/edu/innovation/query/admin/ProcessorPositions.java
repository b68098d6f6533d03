package ru.edu.innovation.query.admin;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Positions in the event store as global indexes: its head, its tail, and how far each streaming
 * processor (each projection) has read.
 */
@Component
public class ProcessorPositions {

    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;

    public ProcessorPositions(EventStore eventStore, EventProcessingConfiguration processing) {
        this.eventStore = eventStore;
        this.processing = processing;
    }

    /** The global index of the newest stored event; empty while the store is empty. */
    public OptionalLong head() {
        return position(eventStore.createHeadToken());
    }

    /** The position just before the oldest stored event, where a replay starts; empty while the store is empty. */
    public OptionalLong tail() {
        return position(eventStore.createTailToken());
    }

    /** Every projection's processor by name. */
    public Map<String, StreamingEventProcessor> streamingProcessors() {
        Map<String, StreamingEventProcessor> streaming = new TreeMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor stream) {
                streaming.put(name, stream);
            }
        });
        return streaming;
    }

    /**
     * The lowest position over the segments the processor works on: every event up to it is in its
     * views. Empty while it works on no segment (shut down, or not claimed yet). A segment that has
     * not read any event yet counts as {@code beforeFirst}.
     */
    public static OptionalLong lowestPosition(Collection<EventTrackerStatus> segments, long beforeFirst) {
        if (segments.isEmpty()) {
            return OptionalLong.empty();
        }
        long lowest = Long.MAX_VALUE;
        for (EventTrackerStatus segment : segments) {
            lowest = Math.min(lowest, segment.getCurrentPosition().orElse(beforeFirst));
        }
        return OptionalLong.of(lowest);
    }

    private static OptionalLong position(TrackingToken token) {
        return token == null ? OptionalLong.empty() : token.position();
    }
}
