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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import ru.edu.innovation.command.feed.KafkaEventPublisher.FeedStatus;
import ru.edu.innovation.platform.openapi.ProblemAnswer;

import java.util.List;

/** Re-publishing the feed from a position of the event store, and its parked events, for administrators. */
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
    @Operation(summary = "Отправить заново все события начиная с позиции хранилища (global_index); "
            + "409, если позиция дальше последнего события")
    @ProblemAnswer(status = 409, description = "Поток публикует другой экземпляр command-service (FEED_CLAIMED_ELSEWHERE) "
            + "или позиция дальше последнего события (FEED_POSITION_PAST_HEAD)")
    public FeedStatus republish(@Valid @RequestBody Republish request) {
        return publisher.republishFrom(request.fromPosition());
    }

    @GetMapping("/parked-events")
    @Operation(summary = "События, которые брокер отверг навсегда (слишком большие, несериализуемые), "
            + "и ждущие за ними события тех же проектов")
    public List<FeedParkedEvent> parkedEvents() {
        return publisher.parkedEvents();
    }

    @PostMapping("/parked-events/{globalIndex}/retry")
    @Operation(summary = "Отправить отложенное событие снова, а за ним — отложенные после него события проекта "
            + "(только первое отложенное событие проекта); ответ — что из проекта осталось отложенным")
    public List<FeedParkedEvent> retry(@PathVariable long globalIndex) {
        return publisher.retryParked(globalIndex);
    }

    @PostMapping("/parked-events/{globalIndex}/skip")
    @Operation(summary = "Не публиковать отложенное событие никогда и отправить отложенные после него события проекта; "
            + "ответ — что из проекта осталось отложенным")
    public List<FeedParkedEvent> skip(@PathVariable long globalIndex) {
        return publisher.skipParked(globalIndex);
    }
}
