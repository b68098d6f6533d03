package ru.edu.innovation.platform.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcSQLErrorCodesResolver;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.edu.innovation.platform.integrity.EventHashChain;
import ru.edu.innovation.platform.integrity.HashChainVerifier;

/**
 * The event store as both services use it: the Flyway-owned tables, the upcasters, the embedded
 * store's polling and read-ahead, the hash chain's verifier. Each service defines its own storage
 * engine from {@link EventStorageEngines} and its token table ({@link #tokenSchema}). Ordered before Axon's auto-configuration, whose beans of the same
 * kinds then step back.
 */
@AutoConfiguration(beforeName = {"org.axonframework.springboot.autoconfig.AxonAutoConfiguration",
        "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration"})
@ConditionalOnClass({EmbeddedEventStore.class, JdbcTemplate.class})
@EnableConfigurationProperties(EventStoreProperties.class)
public class EventStoreAutoConfiguration {

    private static final String UNIQUE_VIOLATION = "23505";

    /** A token table with the snake_case columns of the services' Flyway migrations. */
    public static TokenSchema tokenSchema(String table) {
        return TokenSchema.builder()
                .setTokenTable(table)
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("time_stamp")
                .setOwnerColumn("owner")
                .build();
    }

    @Bean
    public EventStorageEngines eventStorageEngines(Serializer defaultSerializer,
                                                   @Qualifier("eventSerializer") Serializer eventSerializer,
                                                   PersistenceExceptionResolver persistenceExceptionResolver,
                                                   org.axonframework.config.Configuration configuration,
                                                   ConnectionProvider connectionProvider,
                                                   TransactionManager transactionManager,
                                                   EventSchema eventSchema, EventStoreProperties properties) {
        return new EventStorageEngines(defaultSerializer, eventSerializer, persistenceExceptionResolver, configuration,
                connectionProvider, transactionManager, eventSchema, properties);
    }

    /**
     * The serializer of stored events, as Axon's auto-configuration would make it from
     * {@code axon.serializer.events: jackson}, but resolving each stored type's class once
     * ({@link TypeCachingJacksonSerializer}); Axon's own steps back for a bean of this qualifier.
     */
    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer(ObjectMapper objectMapper, RevisionResolver revisionResolver) {
        return TypeCachingJacksonSerializer.of(objectMapper, revisionResolver,
                EventStoreAutoConfiguration.class.getClassLoader());
    }

    @Bean
    @ConditionalOnMissingBean
    public EventSchema eventSchema() {
        return EventTables.schema();
    }

    /**
     * Events stored before a person had a login and the leader a deputy read as their current revision.
     * Axon adds every upcaster bean to the chain the storage engine reads through.
     */
    @Bean
    @Order(1)
    public PersonLoginUpcaster personLoginUpcaster() {
        return new PersonLoginUpcaster();
    }

    /**
     * Plan events stored before activities could be series, deviations carry several actions and held
     * events their presenters; the held events' and activities' later revisions upcast what it yields.
     */
    @Bean
    @Order(10)
    public PlanUpcaster planUpcaster() {
        return new PlanUpcaster();
    }

    /** Acts registered before a draft could be registered read as the revision that allows drafts. */
    @Bean
    public NormativeActDraftUpcaster normativeActDraftUpcaster() {
        return new NormativeActDraftUpcaster();
    }

    /** Reports submitted before versions were frozen read as their current revision; after the one above. */
    @Bean
    @Order(2)
    public ReportVersionUpcaster reportVersionUpcaster() {
        return new ReportVersionUpcaster();
    }

    /** Status assignments stored when only the ministry decided read with their act and its body. */
    @Bean
    public DecidingActUpcaster decidingActUpcaster() {
        return new DecidingActUpcaster();
    }

    /** Indicators and their values stored before an indicator had components read as their current revision. */
    @Bean
    public IndicatorComponentsUpcaster indicatorComponentsUpcaster() {
        return new IndicatorComponentsUpcaster();
    }

    /**
     * Held events stored when participants were four numbers read by category. It reads revision 2,
     * which the plan's upcaster makes of revision 1, so it is ordered after it.
     */
    @Bean
    @Order(20)
    public HeldEventCategoriesUpcaster heldEventCategoriesUpcaster() {
        return new HeldEventCategoriesUpcaster();
    }

    /**
     * Activities planned before a network's sub-projects read as the project's own. It reads revision 2,
     * which the plan's upcaster makes of revision 1, so it is ordered after it.
     */
    @Bean
    @Order(20)
    public SubProjectActivityUpcaster subProjectActivityUpcaster() {
        return new SubProjectActivityUpcaster();
    }

    @Bean
    @ConditionalOnMissingBean
    public EventHashChain eventHashChain() {
        return new EventHashChain();
    }

    @Bean
    @ConditionalOnMissingBean
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
     * ten seconds between cleanups, a burst of events (an import) can fill the heap
     * (AxonFramework#2954), so cleanups come often. The read-ahead is kept to a few fetches' worth:
     * what it holds stays live even when every processor has read it, and a processor that falls
     * further behind reads from the database in batches, as it would anyway (bench/findings.md).
     */
    @Bean
    @ConditionalOnMissingBean
    public EmbeddedEventStore eventStore(EventStorageEngine storageEngine,
                                         org.axonframework.config.Configuration configuration,
                                         EventStoreProperties properties) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .fetchDelay(properties.fetchDelay().toMillis())
                .cleanupDelay(properties.cleanupDelay().toMillis())
                .cachedEvents(properties.cachedEvents())
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
        return failure -> integrityViolation.isDuplicateKeyViolation(failure)
                || uniqueViolation.isDuplicateKeyViolation(failure);
    }
}
