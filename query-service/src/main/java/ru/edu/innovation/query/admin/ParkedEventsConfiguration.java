package ru.edu.innovation.query.admin;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;
import ru.edu.innovation.query.card.ProjectCardProjection;
import ru.edu.innovation.query.reviews.PendingReviewsProjection;

import java.util.List;

/**
 * Parks the events the projections (cards, review queue) cannot handle in Axon's dead-letter queue
 * ({@link JdbcSequencedDeadLetterQueue}, table {@code dead_letter_entry}), sequenced by project (the
 * processor's sequencing policy, per aggregate): a project's later events are parked behind its
 * first parked one, in order, and every other project's events go on. A batch the database refuses
 * when it commits is read again one event at a time ({@link ProjectCardProjection}), so the event
 * that fails is the one parked. An administrator retries or skips parked events ({@link ParkedEvents});
 * a rebuild's reset empties the queue with the views.
 */
@Configuration(proxyBeanMethods = false)
public class ParkedEventsConfiguration {

    public static final String ATTEMPTS = "attempts";
    private static final String TABLE = "dead_letter_entry";

    @Autowired
    void parkFailedEvents(EventProcessingConfigurer configurer, ConnectionProvider connectionProvider,
                          TransactionManager transactionManager, Serializer defaultSerializer,
                          @Qualifier("eventSerializer") Serializer eventSerializer,
                          ParkedEventsProperties limits) {
        for (String group : List.of(ProjectCardProjection.PROCESSING_GROUP, PendingReviewsProjection.PROCESSING_GROUP)) {
            park(configurer, group, connectionProvider, transactionManager, defaultSerializer, eventSerializer,
                    limits.maxProjects(), limits.maxEventsPerProject());
        }
    }

    private static void park(EventProcessingConfigurer configurer, String group, ConnectionProvider connectionProvider,
                             TransactionManager transactionManager, Serializer defaultSerializer,
                             Serializer eventSerializer, int maxProjects, int maxPerProject) {
        // Only the dead-letter queue catches a failing event; rethrown, it is parked (not logged and lost).
        configurer.registerListenerInvocationErrorHandler(group, configuration -> PropagatingErrorHandler.instance());
        configurer.registerDeadLetterQueue(group, configuration -> JdbcSequencedDeadLetterQueue.builder()
                .processingGroup(group)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(schema())
                .genericSerializer(defaultSerializer)
                .eventSerializer(eventSerializer)
                // Axon's defaults (1024 each) would stop the processor once so many were parked.
                .maxSequences(maxProjects)
                .maxSequenceSize(maxPerProject)
                .build());
        configurer.registerDeadLetterPolicy(group, configuration -> ParkedEventsConfiguration::decide);
        configurer.registerDeadLetteringEventHandlerInvokerConfiguration(group, (configuration, builder) -> builder
                // Which projects have parked events is kept in memory: an empty queue costs no query per event.
                .enableSequenceIdentifierCache()
                // A rebuild (a reset of the processor) starts with an empty queue.
                .allowReset(true));
    }

    /**
     * Every failure is parked (and a failed retry parked again) with the innermost cause, which names
     * what was refused (a PostgreSQL error, a JSON error) without the statement around it, and the
     * number of attempts so far.
     */
    static EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable failure) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
        String message = String.valueOf(cause.getMessage());
        if (message.length() > ThrowableCause.TRUNCATED_MESSAGE_SIZE) {
            message = message.substring(0, ThrowableCause.TRUNCATED_MESSAGE_SIZE);
        }
        int attempts = attempts(letter) + 1;
        return Decisions.requeue(new ThrowableCause(cause.getClass().getName(), message),
                parked -> parked.diagnostics().and(ATTEMPTS, attempts));
    }

    static int attempts(DeadLetter<?> letter) {
        Object attempts = letter.diagnostics().get(ATTEMPTS);
        return attempts instanceof Number number ? number.intValue() : 0;
    }

    static DeadLetterSchema schema() {
        return DeadLetterSchema.builder()
                .deadLetterTable(TABLE)
                .deadLetterIdentifierColumn("dead_letter_id")
                .processingGroupColumn("processing_group")
                .sequenceIdentifierColumn("sequence_identifier")
                .sequenceIndexColumn("sequence_index")
                .messageTypeColumn("message_type")
                .eventIdentifierColumn("event_identifier")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .aggregateTypeColumn("aggregate_type")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .tokenTypeColumn("token_type")
                .tokenColumn("token")
                .enqueuedAtColumn("enqueued_at")
                .lastTouchedColumn("last_touched")
                .processingStartedColumn("processing_started")
                .causeTypeColumn("cause_type")
                .causeMessageColumn("cause_message")
                .diagnosticsColumn("diagnostics")
                .build();
    }
}
