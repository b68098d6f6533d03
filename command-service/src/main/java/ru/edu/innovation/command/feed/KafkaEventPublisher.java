package ru.edu.innovation.command.feed;

import com.fasterxml.jackson.core.JsonFactory;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.Serializer;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes every stored event to the feed topic, keyed by project so a project's events stay in
 * order. It reads the event store in a streaming processor of its own, so only committed events are
 * published. A batch's sends go out together and the batch counts as handled only when the broker
 * acknowledged all of them; otherwise the processor retries from its stored token. Delivery is
 * therefore at least once: consumers drop duplicates by the CloudEvents {@code id}.
 */
@ProcessingGroup(KafkaEventPublisher.PROCESSING_GROUP)
public class KafkaEventPublisher {

    public static final String PROCESSING_GROUP = "kafka-publisher";
    private static final String PENDING_SENDS = KafkaEventPublisher.class.getName() + ".pendingSends";
    private static final long ACK_TIMEOUT_SECONDS = 60;

    private final KafkaTemplate<String, byte[]> kafka;
    private final KafkaFeedProperties feed;
    private final Serializer eventSerializer;
    private final JsonFactory json;

    public KafkaEventPublisher(KafkaTemplate<String, byte[]> kafka, KafkaFeedProperties feed, Serializer eventSerializer,
                               JsonFactory json) {
        this.kafka = kafka;
        this.feed = feed;
        this.eventSerializer = eventSerializer;
        this.json = json;
    }

    /**
     * Takes the message, not the payload: the stored payload JSON goes into the envelope as it is,
     * so a re-publish never deserializes an event only to serialize it again.
     */
    @EventHandler
    public void on(DomainEventMessage<?> event) {
        byte[] data = event.serializePayload(eventSerializer, byte[].class).getData();
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(feed.topic(), event.getAggregateIdentifier(),
                CloudEvents.envelope(event, data, feed, json));
        record.headers().add("content-type", CloudEvents.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        CompletableFuture<SendResult<String, byte[]>> sent = kafka.send(record);
        if (CurrentUnitOfWork.isStarted()) {
            pendingSends(CurrentUnitOfWork.get()).add(sent);
        } else {
            await(List.of(sent));
        }
    }

    /** The batch's sends, awaited once before the processor stores its new token. */
    private List<CompletableFuture<?>> pendingSends(UnitOfWork<?> unitOfWork) {
        return unitOfWork.root().getOrComputeResource(PENDING_SENDS, key -> {
            List<CompletableFuture<?>> sends = new ArrayList<>();
            unitOfWork.root().onPrepareCommit(batch -> await(sends));
            return sends;
        });
    }

    private static void await(List<CompletableFuture<?>> sends) {
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new FeedUnavailableException("interrupted while waiting for the broker", interrupted);
        } catch (ExecutionException | TimeoutException failed) {
            throw new FeedUnavailableException("the broker did not acknowledge the batch", failed);
        }
    }
}
