package ru.edu.innovation.platform.store;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;

import java.util.Collection;

/**
 * Builds Axon's JDBC engine on the event tables as both services read them: timestamps read once,
 * metadata without a deserializer lookup per event. Each service makes its storage engine bean from
 * it (command-service wraps it to chain every appended event).
 */
public class EventStorageEngines {

    private final Serializer defaultSerializer;
    private final Serializer eventSerializer;
    private final PersistenceExceptionResolver persistenceExceptionResolver;
    private final org.axonframework.config.Configuration configuration;
    private final ConnectionProvider connectionProvider;
    private final TransactionManager transactionManager;
    private final EventSchema eventSchema;
    private final EventStoreProperties properties;

    public EventStorageEngines(Serializer defaultSerializer, Serializer eventSerializer,
                               PersistenceExceptionResolver persistenceExceptionResolver,
                               org.axonframework.config.Configuration configuration,
                               ConnectionProvider connectionProvider, TransactionManager transactionManager,
                               EventSchema eventSchema, EventStoreProperties properties) {
        this.defaultSerializer = defaultSerializer;
        this.eventSerializer = eventSerializer;
        this.persistenceExceptionResolver = persistenceExceptionResolver;
        this.configuration = configuration;
        this.connectionProvider = connectionProvider;
        this.transactionManager = transactionManager;
        this.eventSchema = eventSchema;
        this.properties = properties;
    }

    public JdbcEventStorageEngine jdbc() {
        return new StoredTimestampJdbcEngine(builder(eventSchema));
    }

    /**
     * The reader a {@link CatchUpSource} catches up with for a processor that never handles events of
     * the given classes: where the stream is old it returns only the other events and the last of
     * each window of ten fetches, nearer the head every event, those classes with an empty payload,
     * for the processor to skip as it skips any event it has no handler for ({@link CatchUpJdbcEngine}).
     * Not for appending or for reading aggregates. On PostgreSQL it wants a partial index of the events
     * not of those classes (command-service's V5 has the one for held events).
     */
    public JdbcEventStorageEngine catchUpReaderWithout(Collection<Class<?>> unread) {
        return new CatchUpJdbcEngine(builder(EventTables.schemaWithoutPayloadsOf(unread)), transactionManager,
                EventTables.sqlList(unread), 10 * properties.fetchBatchSize());
    }

    private JdbcEventStorageEngine.Builder builder(EventSchema schema) {
        MetaDataReading.registerOn(eventSerializer, defaultSerializer);
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .eventSerializer(eventSerializer)
                .upcasterChain(configuration.upcasterChain())
                .snapshotFilter(configuration.snapshotFilter())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(schema)
                .dataType(byte[].class)
                .batchSize(properties.fetchBatchSize());
    }

    public Serializer eventSerializer() {
        return eventSerializer;
    }
}
