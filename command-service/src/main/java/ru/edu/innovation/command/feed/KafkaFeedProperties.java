package ru.edu.innovation.command.feed;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;

/**
 * The Kafka feed of stored events: the topic, the CloudEvents {@code source} of this service, and
 * where the JSON Schemas of the event types are published ({@code dataschema} = base + file name).
 */
@ConfigurationProperties("innovation.kafka-feed")
public record KafkaFeedProperties(@DefaultValue("true") boolean enabled,
                                  @DefaultValue("innovation.project-events.v1") String topic,
                                  @DefaultValue("urn:innovation:command-service") URI source,
                                  @DefaultValue("http://localhost:8080/schemas/events/") URI schemaBaseUri) {
}
