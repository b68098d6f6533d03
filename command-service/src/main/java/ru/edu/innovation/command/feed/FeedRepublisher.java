package ru.edu.innovation.command.feed;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.OptionalLong;

/**
 * Sets the publisher back to a position of the event store so that it sends everything from there
 * on again, in order (for a new consumer, a recovered downstream system, or an empty broker).
 */
@Component
@ConditionalOnProperty(name = "innovation.kafka-feed.enabled", havingValue = "true", matchIfMissing = true)
public class FeedRepublisher {

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;

    public FeedRepublisher(EventProcessingConfiguration processing, JdbcTemplate jdbc) {
        this.processing = processing;
        this.jdbc = jdbc;
    }

    /** Where the publisher stands: its lowest position over segments, the head of the store and the rest to send. */
    public record FeedStatus(String processor, boolean running, boolean replaying, Long position, long head,
                             Long remaining) {
    }

    public FeedStatus republishFrom(long position) {
        StreamingEventProcessor publisher = publisher();
        publisher.shutDown();
        if (position == 0) {
            publisher.resetTokens(StreamableMessageSource::createTailToken);
        } else {
            // A token names the last position handled: starting at N means «handled up to N − 1».
            publisher.resetTokens(GapAwareTrackingToken.newInstance(position - 1, Collections.emptySet()));
        }
        publisher.start();
        return status();
    }

    public FeedStatus status() {
        StreamingEventProcessor publisher = publisher();
        OptionalLong position = publisher.processingStatus().values().stream()
                .map(status -> status.getTrackingToken() == null ? OptionalLong.empty() : status.getTrackingToken().position())
                .filter(OptionalLong::isPresent)
                .mapToLong(OptionalLong::getAsLong)
                .min();
        Long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        long top = head == null ? -1 : head;
        Long current = position.isPresent() ? position.getAsLong() : null;
        return new FeedStatus(KafkaEventPublisher.PROCESSING_GROUP, publisher.isRunning(), publisher.isReplaying(),
                current, top, current == null ? null : Math.max(0, top - current));
    }

    private StreamingEventProcessor publisher() {
        return processing.eventProcessor(KafkaEventPublisher.PROCESSING_GROUP, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("the Kafka publisher is not configured"));
    }
}
