package ru.edu.innovation.command.feed;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.Collections;
import java.util.OptionalLong;

/**
 * Re-publishing for a new consumer or a recovered downstream system: the publisher's position is set
 * back to a position of the event store and it sends everything from there on again, in order.
 */
@RestController
@RequestMapping("/api/admin/feed")
@PreAuthorize("hasRole('ADMIN')")
@ConditionalOnProperty(name = "innovation.kafka-feed.enabled", havingValue = "true", matchIfMissing = true)
@Tag(name = "Администрирование: поток событий Kafka")
public class FeedAdminController {

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;

    public FeedAdminController(EventProcessingConfiguration processing, JdbcTemplate jdbc) {
        this.processing = processing;
        this.jdbc = jdbc;
    }

    public record Republish(@NotNull @Min(0) Long fromPosition) {
    }

    /** Where the publisher stands: its lowest position over segments, the head of the store and the rest to send. */
    public record FeedStatus(String processor, boolean running, boolean replaying, Long position, long head,
                             Long remaining) {
    }

    @GetMapping
    @Operation(summary = "Положение публикатора в хранилище событий и сколько осталось отправить")
    public FeedStatus status() {
        StreamingEventProcessor publisher = publisher();
        OptionalLong position = publisher.processingStatus().values().stream()
                .map(status -> status.getTrackingToken() == null ? OptionalLong.empty() : status.getTrackingToken().position())
                .filter(OptionalLong::isPresent)
                .mapToLong(OptionalLong::getAsLong)
                .min();
        long head = head();
        Long current = position.isPresent() ? position.getAsLong() : null;
        return new FeedStatus(KafkaEventPublisher.PROCESSING_GROUP, publisher.isRunning(), publisher.isReplaying(),
                current, head, current == null ? null : Math.max(0, head - current));
    }

    @PostMapping("/republish")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Отправить заново все события начиная с позиции хранилища (global_index)")
    public FeedStatus republish(@Valid @RequestBody Republish request) {
        StreamingEventProcessor publisher = publisher();
        publisher.shutDown();
        if (request.fromPosition() == 0) {
            publisher.resetTokens(StreamableMessageSource::createTailToken);
        } else {
            // A token names the last position handled: starting at N means «handled up to N − 1».
            TrackingToken start = GapAwareTrackingToken.newInstance(request.fromPosition() - 1, Collections.emptySet());
            publisher.resetTokens(start);
        }
        publisher.start();
        return status();
    }

    private StreamingEventProcessor publisher() {
        return processing.eventProcessor(KafkaEventPublisher.PROCESSING_GROUP, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("the Kafka publisher is not configured"));
    }

    private long head() {
        Long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        return head == null ? -1 : head;
    }
}
