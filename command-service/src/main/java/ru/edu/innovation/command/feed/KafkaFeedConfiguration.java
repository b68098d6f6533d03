package ru.edu.innovation.command.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.admin.NewTopic;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The feed is on unless {@code innovation.kafka-feed.enabled=false}. Its processor never skips an
 * event: a failed send propagates, the processor backs off and retries from its token.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KafkaFeedProperties.class)
@ConditionalOnProperty(name = "innovation.kafka-feed.enabled", havingValue = "true", matchIfMissing = true)
public class KafkaFeedConfiguration {

    @Bean
    public KafkaEventPublisher kafkaEventPublisher(KafkaTemplate<String, byte[]> kafka, KafkaFeedProperties feed,
                                                   @Qualifier("eventSerializer") Serializer eventSerializer,
                                                   ObjectMapper json) {
        return new KafkaEventPublisher(kafka, feed, eventSerializer, json.getFactory());
    }

    /** Created on start if missing; partitions spread projects, a project always lands on one. */
    @Bean
    public NewTopic feedTopic(KafkaFeedProperties feed,
                              @Value("${innovation.kafka-feed.partitions:6}") int partitions,
                              @Value("${innovation.kafka-feed.replication-factor:1}") short replicationFactor) {
        return new NewTopic(feed.topic(), partitions, replicationFactor);
    }

    @Autowired
    void neverSkipAnEvent(EventProcessingConfigurer processing) {
        processing.registerListenerInvocationErrorHandler(KafkaEventPublisher.PROCESSING_GROUP,
                configuration -> PropagatingErrorHandler.instance());
    }
}
