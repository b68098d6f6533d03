package ru.edu.innovation.command.feed;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import ru.edu.innovation.command.feed.KafkaEventPublisher.FeedStatus;
import ru.edu.innovation.command.web.ProblemAnswer;

/** Re-publishing the feed from a position of the event store, for administrators. */
@RestController
@RequestMapping("/api/admin/feed")
@PreAuthorize("hasRole('ADMIN')")
@ConditionalOnProperty(name = "innovation.kafka-feed.enabled", havingValue = "true", matchIfMissing = true)
@Tag(name = "Администрирование: поток событий Kafka")
public class FeedAdminController {

    private final KafkaEventPublisher publisher;

    public FeedAdminController(KafkaEventPublisher publisher) {
        this.publisher = publisher;
    }

    public record Republish(@NotNull @Min(0) Long fromPosition) {
    }

    @GetMapping
    @Operation(summary = "Положение публикатора в хранилище событий и сколько осталось отправить")
    public FeedStatus status() {
        return publisher.status();
    }

    @PostMapping("/republish")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Отправить заново все события начиная с позиции хранилища (global_index)")
    @ProblemAnswer(status = 409, description = "Поток публикует другой экземпляр command-service (FEED_CLAIMED_ELSEWHERE)")
    public FeedStatus republish(@Valid @RequestBody Republish request) {
        return publisher.republishFrom(request.fromPosition());
    }
}
