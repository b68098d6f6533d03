package ru.edu.innovation.command.feed;

import org.springframework.boot.context.properties.ConfigurationProperties;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.net.URI;
import java.time.Duration;

/**
 * The Kafka feed of stored events: the topic, the CloudEvents {@code source} of this service, and
 * where the JSON Schemas of the event types are published ({@code dataschema} = base + file name),
 * how many events the publisher sends per broker round trip while it catches up, and how long a
 * caught-up publisher waits after an event for more to send in the same round trip; the topic's
 * partitions (a project always lands on one) and replication factor, used when the publisher creates it.
 */
@ConfigurationProperties("innovation.kafka-feed")
@Validated
public record KafkaFeedProperties(@DefaultValue("true") boolean enabled,
                                  @DefaultValue("innovation.project-events.v1") String topic,
                                  @DefaultValue("urn:innovation:command-service") URI source,
                                  @DefaultValue("http://localhost:8080/schemas/events/") URI schemaBaseUri,
                                  @DefaultValue("2000") @Positive int batchSize,
                                  @DefaultValue("25ms") Duration linger,
                                  @DefaultValue("6") @Positive int partitions,
                                  @DefaultValue("1") @Positive short replicationFactor) {
}
