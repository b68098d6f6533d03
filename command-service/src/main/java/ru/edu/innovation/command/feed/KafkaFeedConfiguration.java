package ru.edu.innovation.command.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.ProducerFactory;

import java.time.Clock;

/** The feed is on unless {@code innovation.kafka-feed.enabled=false}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KafkaFeedProperties.class)
@ConditionalOnProperty(name = "innovation.kafka-feed.enabled", havingValue = "true", matchIfMissing = true)
public class KafkaFeedConfiguration {

    @Bean
    public KafkaEventPublisher kafkaEventPublisher(EventStore eventStore, TokenStore tokenStore,
                                                   TransactionManager transactionManager,
                                                   ProducerFactory<String, byte[]> producers, KafkaAdmin admin,
                                                   KafkaFeedProperties feed,
                                                   @Qualifier("eventSerializer") Serializer eventSerializer,
                                                   ObjectMapper json, FeedParking parking, Clock clock) {
        return new KafkaEventPublisher(eventStore, tokenStore, transactionManager, producers, admin, feed,
                eventSerializer, json.getFactory(), parking, clock);
    }

    /** The events the feed parked, counted by the gauge {@code innovation.feed.parked}. */
    @Bean
    public FeedParking feedParking(JdbcTemplate jdbc, MeterRegistry meters) {
        FeedParking parking = new FeedParking(jdbc);
        Gauge.builder("innovation.feed.parked", parking, FeedParking::count)
                .description("Events the Kafka feed parked: refused by the broker for good, or waiting behind one")
                .register(meters);
        return parking;
    }

    /** Created by the publisher if missing; partitions spread projects, a project always lands on one. */
    @Bean
    public NewTopic feedTopic(KafkaFeedProperties feed) {
        return new NewTopic(feed.topic(), feed.partitions(), feed.replicationFactor());
    }
}
