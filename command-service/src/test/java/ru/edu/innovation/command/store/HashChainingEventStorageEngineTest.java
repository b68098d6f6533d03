package ru.edu.innovation.command.store;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;
import ru.edu.innovation.api.common.MetaDataKeys;
import ru.edu.innovation.platform.integrity.EventHashChain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class HashChainingEventStorageEngineTest {

    /** The store underneath, counting the reads of a stream for the previous event's hash. */
    private static final class CountingStore extends InMemoryEventStorageEngine {
        final List<Long> reads = new ArrayList<>();

        @Override
        public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
            reads.add(firstSequenceNumber);
            return super.readEvents(aggregateIdentifier, firstSequenceNumber);
        }
    }

    private final CountingStore store = new CountingStore();
    private final HashChainingEventStorageEngine engine = engineOver(store, 2);

    @AfterEach
    void noSynchronizationLeft() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    @DisplayName("an event follows the one this process committed just before it without reading it back, to the same hash")
    void committedPredecessorFromMemory() {
        DomainEventMessage<?> first = event("p-1", 0, "a");
        DomainEventMessage<?> second = event("p-1", 1, "b");
        DomainEventMessage<?> third = event("p-1", 2, "c");

        committed(first, second);
        committed(third);

        assertThat(store.reads).as("event 1 follows event 0 of its own append, event 2 the committed event 1").isEmpty();
        assertThat(hashOf(store, "p-1", 2)).isEqualTo(hashReadingEveryPredecessor(first, second, third));
    }

    @Test
    @DisplayName("an append whose transaction rolled back is never the link of the next event")
    void rolledBackAppendIsForgotten() {
        DomainEventMessage<?> first = event("p-1", 0, "a");
        DomainEventMessage<?> second = event("p-1", 1, "b");
        DomainEventMessage<?> third = event("p-1", 2, "c");
        committed(first);

        rolledBack(event("p-1", 1, "rolled back"));
        committed(second);
        committed(third);

        assertThat(store.reads).as("event 0 stayed the newest known committed, and then event 1").isEmpty();
        assertThat(hashOf(store, "p-1", 2)).isEqualTo(hashReadingEveryPredecessor(first, second, third));
    }

    @Test
    @DisplayName("outside a transaction nothing is known committed, so the previous hash is read from the store")
    void withoutTransactionRead() {
        engine.appendEvents(List.of(event("p-1", 0, "a")));
        engine.appendEvents(List.of(event("p-1", 1, "b")));

        assertThat(store.reads).containsExactly(0L);
    }

    @Test
    @DisplayName("when another writer appended in between, the previous hash is read from the store")
    void otherWriterRead() {
        committed(event("p-1", 0, "a"));
        store.appendEvents(List.of(event("p-1", 1, "elsewhere").andMetaData(Map.of(MetaDataKeys.HASH, "f".repeat(64)))));
        DomainEventMessage<?> third = event("p-1", 2, "c");
        committed(third);

        assertThat(store.reads).containsExactly(1L);
        CountingStore reference = new CountingStore();
        reference.appendEvents(List.of(event("p-1", 1, "elsewhere").andMetaData(Map.of(MetaDataKeys.HASH, "f".repeat(64)))));
        engineOver(reference, 0).appendEvents(List.of(third));
        assertThat(hashOf(store, "p-1", 2)).isEqualTo(hashOf(reference, "p-1", 2));
    }

    @Test
    @DisplayName("only the projects written last are remembered")
    void boundedByTheProjectsWrittenLast() {
        committed(event("p-1", 0, "a"));
        committed(event("p-2", 0, "a"));
        committed(event("p-3", 0, "a"));
        committed(event("p-3", 1, "b"), event("p-2", 1, "b"), event("p-1", 1, "b"));

        assertThat(store.reads).as("p-1 was the eldest of three with room for two").containsExactly(0L);
    }

    private void committed(DomainEventMessage<?>... events) {
        TransactionSynchronizationManager.initSynchronization();
        engine.appendEvents(List.of(events));
        TransactionSynchronizationUtils.triggerAfterCommit();
        TransactionSynchronizationManager.clearSynchronization();
    }

    private void rolledBack(DomainEventMessage<?>... events) {
        TransactionSynchronizationManager.initSynchronization();
        engine.appendEvents(List.of(events));
        TransactionSynchronizationUtils.triggerAfterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK);
        TransactionSynchronizationManager.clearSynchronization();
    }

    /** The last event's hash from an engine that remembers nothing and so reads each predecessor back. */
    private static String hashReadingEveryPredecessor(DomainEventMessage<?>... events) {
        CountingStore reference = new CountingStore();
        HashChainingEventStorageEngine forgetful = engineOver(reference, 0);
        for (DomainEventMessage<?> event : events) {
            forgetful.appendEvents(List.of(event));
        }
        DomainEventMessage<?> last = events[events.length - 1];
        assertThat(reference.reads).hasSize(events.length - 1);
        return hashOf(reference, last.getAggregateIdentifier(), last.getSequenceNumber());
    }

    private static HashChainingEventStorageEngine engineOver(InMemoryEventStorageEngine store, int remembered) {
        return new HashChainingEventStorageEngine(store, JacksonSerializer.defaultSerializer(), new EventHashChain(), remembered);
    }

    private static DomainEventMessage<?> event(String aggregate, long sequence, String content) {
        return new GenericDomainEventMessage<>("Project", aggregate, sequence, Map.of("content", content));
    }

    private static String hashOf(InMemoryEventStorageEngine store, String aggregate, long sequence) {
        return (String) store.readEvents(aggregate, sequence).next().getMetaData().get(MetaDataKeys.HASH);
    }
}
