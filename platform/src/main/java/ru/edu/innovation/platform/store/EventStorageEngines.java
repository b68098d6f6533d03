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
        return engine(eventSchema);
    }

    /**
     * A reader of the tracked events for a processor that never handles events of the given classes:
     * theirs come with an empty payload, for the processor to skip as it skips any event it has no
     * handler for ({@link CatchUpSource}). Not for appending or for reading aggregates.
     */
    public JdbcEventStorageEngine jdbcWithoutPayloadsOf(Collection<Class<?>> unread) {
        return engine(EventTables.schemaWithoutPayloadsOf(unread));
    }

    private JdbcEventStorageEngine engine(EventSchema schema) {
        MetaDataReading.registerOn(eventSerializer, defaultSerializer);
        return new StoredTimestampJdbcEngine(JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .eventSerializer(eventSerializer)
                .upcasterChain(configuration.upcasterChain())
                .snapshotFilter(configuration.snapshotFilter())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(schema)
                .dataType(byte[].class)
                .batchSize(properties.fetchBatchSize()));
    }

    public Serializer eventSerializer() {
        return eventSerializer;
    }
}
