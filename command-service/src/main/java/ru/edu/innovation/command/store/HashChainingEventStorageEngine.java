package ru.edu.innovation.command.store;

import ru.edu.innovation.platform.integrity.ChainedEventFields;

import ru.edu.innovation.platform.integrity.EventHashChain;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import ru.edu.innovation.api.common.MetaDataKeys;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Puts each appended domain event's link of the hash chain into its metadata, then lets the
 * JDBC engine store it. It runs inside the command's transaction, so the previous event it reads
 * is the one its own append will follow (a concurrent append to the same stream fails on the
 * unique sequence number and rolls back). The previous event's hash comes from what this process
 * last committed for the aggregate when that is exactly the previous event; reading it back was
 * about a seventh of a command's time.
 */
public class HashChainingEventStorageEngine implements EventStorageEngine {

    private final EventStorageEngine delegate;
    private final Serializer eventSerializer;
    private final EventHashChain chain;
    private final CommittedHashes committed;

    public HashChainingEventStorageEngine(EventStorageEngine delegate, Serializer eventSerializer, EventHashChain chain,
                                          int aggregatesRemembered) {
        this.delegate = delegate;
        this.eventSerializer = eventSerializer;
        this.chain = chain;
        this.committed = new CommittedHashes(aggregatesRemembered);
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        Map<String, CommittedHashes.Link> lastByAggregate = new HashMap<>();
        List<EventMessage<?>> chained = new ArrayList<>(events.size());
        for (EventMessage<?> event : events) {
            if (event instanceof DomainEventMessage<?> domainEvent && domainEvent.getAggregateIdentifier() != null) {
                String aggregate = domainEvent.getAggregateIdentifier();
                CommittedHashes.Link previous = lastByAggregate.get(aggregate);
                String hash = chain.hash(previous != null ? previous.hash() : storedHashBefore(domainEvent),
                        fieldsOf(domainEvent));
                lastByAggregate.put(aggregate, new CommittedHashes.Link(domainEvent.getSequenceNumber(), hash));
                chained.add(domainEvent.andMetaData(Map.of(MetaDataKeys.HASH, hash)));
            } else {
                chained.add(event);
            }
        }
        delegate.appendEvents(chained);
        committed.recordAfterCommit(lastByAggregate);
    }

    private ChainedEventFields fieldsOf(DomainEventMessage<?> event) {
        SerializedObject<byte[]> payload = event.serializePayload(eventSerializer, byte[].class);
        SerializedObject<byte[]> metaData = event.serializeMetaData(eventSerializer, byte[].class);
        return new ChainedEventFields(event.getAggregateIdentifier(), event.getSequenceNumber(),
                event.getIdentifier(), DateTimeUtils.formatInstant(event.getTimestamp()),
                payload.getType().getName(), payload.getType().getRevision(), payload.getData(), metaData.getData());
    }

    /**
     * The hash of the aggregate's committed event {@code sequence}: from what this process last
     * committed when it is that event, else read back; null when the store holds no such event or it
     * carries no hash.
     */
    public String storedHashAt(String aggregate, long sequence) {
        Optional<String> known = committed.hashAt(aggregate, sequence);
        if (known.isPresent()) {
            return known.get();
        }
        DomainEventStream stream = delegate.readEvents(aggregate, sequence);
        if (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            Object hash = event.getMetaData().get(MetaDataKeys.HASH);
            if (event.getSequenceNumber() == sequence && hash != null) {
                return hash.toString();
            }
        }
        return null;
    }

    private String storedHashBefore(DomainEventMessage<?> event) {
        long previousSequence = event.getSequenceNumber() - 1;
        if (previousSequence < 0) {
            return EventHashChain.GENESIS;
        }
        String stored = storedHashAt(event.getAggregateIdentifier(), previousSequence);
        // A missing predecessor is already a broken chain; verification will name it.
        return stored != null ? stored : EventHashChain.GENESIS;
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        delegate.storeSnapshot(snapshot);
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        return delegate.readEvents(trackingToken, mayBlock);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        return delegate.readEvents(aggregateIdentifier, firstSequenceNumber);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return delegate.readSnapshot(aggregateIdentifier);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return delegate.lastSequenceNumberFor(aggregateIdentifier);
    }

    @Override
    public TrackingToken createTailToken() {
        return delegate.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return delegate.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return delegate.createTokenAt(dateTime);
    }
}
