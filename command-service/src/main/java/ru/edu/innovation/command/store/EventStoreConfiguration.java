package ru.edu.innovation.command.store;

import ru.edu.innovation.platform.integrity.EventHashChain;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcSQLErrorCodesResolver;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import java.time.Duration;

import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import ru.edu.innovation.platform.store.EventTables;
import ru.edu.innovation.platform.store.MetaDataReading;
import ru.edu.innovation.platform.store.PersonLoginUpcaster;
import ru.edu.innovation.platform.store.StoredTimestampJdbcEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The event store: Axon's JDBC engine on the Flyway-owned tables (snake_case names, bytea
 * columns), wrapped so that every appended event carries its link of the hash chain.
 */
@Configuration(proxyBeanMethods = false)
public class EventStoreConfiguration {

    private static final String UNIQUE_VIOLATION = "23505";

    @Bean
    public EventSchema eventSchema() {
        return EventTables.schema();
    }

    @Bean
    public TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("time_stamp")
                .setOwnerColumn("owner")
                .build();
    }

    /**
     * Events stored before a person had a login and the leader a deputy read as their current revision.
     * Axon adds every upcaster bean to the chain the storage engine below reads through.
     */
    @Bean
    public PersonLoginUpcaster personLoginUpcaster() {
        return new PersonLoginUpcaster();
    }

    @Bean
    public EventHashChain eventHashChain() {
        return new EventHashChain();
    }

    @Bean
    public EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 org.axonframework.config.Configuration configuration,
                                                 ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager,
                                                 EventSchema eventSchema,
                                                 EventHashChain chain,
                                                 @Value("${innovation.event-store.fetch-batch-size:1000}") int fetchBatchSize,
                                                 @Value("${innovation.event-store.hashes-remembered:10000}") int hashesRemembered) {
        // Stored events' metadata read without Axon's per-event deserializer lookup.
        MetaDataReading.registerOn(eventSerializer, defaultSerializer);
        JdbcEventStorageEngine jdbcEngine = new StoredTimestampJdbcEngine(JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .eventSerializer(eventSerializer)
                .upcasterChain(configuration.upcasterChain())
                .snapshotFilter(configuration.snapshotFilter())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .dataType(byte[].class)
                .batchSize(fetchBatchSize));
        return new HashChainingEventStorageEngine(jdbcEngine, eventSerializer, chain, hashesRemembered);
    }

    @Bean
    public CorrelationDataProvider actorCorrelationDataProvider() {
        return new ActorCorrelationDataProvider();
    }

    @Bean
    public HashChainVerifier hashChainVerifier(JdbcTemplate jdbcTemplate, EventHashChain chain) {
        return new HashChainVerifier(jdbcTemplate, chain);
    }

    /**
     * Axon's embedded event store, with a short fetch delay: a streaming processor that has caught up
     * polls the store again after this long (Axon's default is a second, which would be the floor of
     * the projection lag and of the Kafka feed's latency for events committed by another process).
     * <p>
     * The store reads ahead for the processors that have caught up into a list they share. A
     * processor busy with a batch keeps every event read after its position reachable until the
     * cleaner sees it has fallen behind the cache and sends it to a stream of its own; with Axon's
     * ten seconds between cleanups, a burst of a few hundred thousand events (an import) can fill the
     * heap (AxonFramework#2954). Cleaning up every quarter second bounds what a busy processor holds
     * to what the store reads in that time. (The store's reader held a burst too; see
     * StoredTimestampJdbcEngine.)
     * <p>
     * The read-ahead keeps the newest events in memory even when every processor has read them:
     * Axon's default of 10,000 is about 25 MB of a small heap that stays live, and that drove G1
     * into a concurrent cycle every few young collections, with remark pauses of 30-170 ms under
     * load. Two fetches' worth is enough for processors that keep up; one that falls further behind
     * reads from the database, in batches, as it would anyway.
     */
    @Bean
    public EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration configuration,
                                         @Value("${innovation.event-store.fetch-delay:PT0.02S}") Duration fetchDelay,
                                         @Value("${innovation.event-store.cleanup-delay:PT0.25S}") Duration cleanupDelay,
                                         @Value("${innovation.event-store.cached-events:2000}") int cachedEvents) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .fetchDelay(fetchDelay.toMillis())
                .cleanupDelay(cleanupDelay.toMillis())
                .cachedEvents(cachedEvents)
                .build();
    }

    /**
     * Tells a duplicate (aggregate, sequence) from other failures: the sign of two concurrent writers,
     * which the storage engine then reports as Axon's {@code ConcurrencyException}. H2 reports it as an
     * {@code SQLIntegrityConstraintViolationException}, PostgreSQL only by its SQLState (23505,
     * unique_violation), which Axon's JDBC resolver does not look at.
     */
    @Bean
    @ConditionalOnMissingBean
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        PersistenceExceptionResolver integrityViolation = new JdbcSQLErrorCodesResolver();
        PersistenceExceptionResolver uniqueViolation = new SQLStateResolver(UNIQUE_VIOLATION);
        return failure -> integrityViolation.isDuplicateKeyViolation(failure) || uniqueViolation.isDuplicateKeyViolation(failure);
    }

    /**
     * PostgreSQL's driver writes a failed batch's statement with its parameters (the events' payloads)
     * and the server's detail (the duplicate key's values) into its exception messages; those messages
     * travel up into logs and, through any handler that shows a message, into answers. Without the
     * detail the driver names only the error.
     */
    @Bean
    public static BeanPostProcessor postgresErrorsWithoutData() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
                        && pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
                    pool.addDataSourceProperty("logServerErrorDetail", "false");
                }
                return bean;
            }
        };
    }
}
