package ru.edu.innovation.query.card;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The project as it stood at a moment, under {@code innovation.state-at}.
 *
 * @param checkpointInterval the whole card is kept after every N-th event of a project, so the card at a
 *                           moment replays at most N - 1 events from the nearest checkpoint before it
 */
@Validated
@ConfigurationProperties("innovation.state-at")
public record StateAtProperties(@DefaultValue("1000") @Min(1) int checkpointInterval) {
}
