package ru.edu.innovation.query.card;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AllowReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import ru.edu.innovation.api.plan.HeldEventRecordedEvent;
import ru.edu.innovation.query.card.storage.ProjectCardRepository;
import ru.edu.innovation.query.projection.UnitOfWorkBatches;
import ru.edu.innovation.query.projection.ViewTables;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Keeps every project's card up to date from the event store. An event at or below the card's
 * version was applied before (a replayed batch after a restart) and is skipped, so each event
 * changes a card exactly once.
 * <p>
 * A replay after a reset folds the same events in the same order through the same
 * {@link ProjectCard#apply}, so it gives exactly the cards of the live run. The cards a batch
 * touches are read when its first event is handled and written once when it commits, together with
 * the processor's token ({@link UnitOfWorkBatches}); held events go to their pages as stored
 * ({@link #onHeld}).
 * <p>
 * Once a live batch has committed, the projects whose stream it took past a checkpoint's event get
 * that checkpoint written ({@link ProjectCardHistory}); a replay leaves that to later reads.
 * <p>
 * An event the card cannot take — one it cannot read, or of a class it was never taught — is parked
 * with Axon's dead-letter queue, and the project's later events are parked behind it, in order,
 * while every other project's events go on ({@code admin.ParkedEventsConfiguration}).
 */
@Component
@AllowReplay
@ProcessingGroup(ProjectCardProjection.PROCESSING_GROUP)
public class ProjectCardProjection {

    public static final String PROCESSING_GROUP = "project-cards";

    private final ProjectCardRepository cards;
    private final ProjectCardHistory history;
    private final Serializer eventSerializer;
    private final UnitOfWorkBatches<CardsOfBatch> batches;

    public ProjectCardProjection(ProjectCardRepository cards, ProjectCardHistory history, ViewTables tables,
                                 @Qualifier("eventSerializer") Serializer eventSerializer) {
        this.cards = cards;
        this.history = history;
        this.eventSerializer = eventSerializer;
        this.batches = new UnitOfWorkBatches<>(PROCESSING_GROUP, new UnitOfWorkBatches.Storage<>() {
            @Override
            public CardsOfBatch open(List<? extends EventMessage<?>> events) {
                return new CardsOfBatch(cards.open(events));
            }

            @Override
            public void write(CardsOfBatch batch) {
                cards.write(batch.cards);
            }

            @Override
            public void committed(CardsOfBatch batch) {
                batch.checkpoints.forEach(history::checkpointUpTo);
            }
        }, tables);
    }

    /** Every event of a project's stream but a held event: the card folds it through its handler for the event's class. */
    @EventHandler
    public void on(Object event, DomainEventMessage<?> message, ReplayStatus replayStatus) {
        fold(message, replayStatus, batch -> batch.fold(message.getAggregateIdentifier(), event, EventContext.of(message)));
    }

    /**
     * A held event, most of a project's stream, goes to its project's page as stored: the handler
     * takes the message, not the payload, so the payload is neither bound to records nor written
     * again.
     */
    @EventHandler(payloadType = HeldEventRecordedEvent.class)
    public void onHeld(DomainEventMessage<?> message, ReplayStatus replayStatus) {
        fold(message, replayStatus, batch -> batch.hold(message.getAggregateIdentifier(), message.getSequenceNumber(),
                message.serializePayload(eventSerializer, byte[].class).getData(), message.getTimestamp()));
    }

    @ResetHandler
    public void reset() {
        cards.deleteAll();
        history.deleteAll();
    }

    private void fold(DomainEventMessage<?> message, ReplayStatus replayStatus,
                      Consumer<ProjectCardRepository.Batch> change) {
        batches.handle(message, batch -> {
            String projectId = message.getAggregateIdentifier();
            if (message.getSequenceNumber() <= batch.cards.versionOf(projectId)) {
                return;
            }
            change.accept(batch.cards);
            if (!replayStatus.isReplay() && history.isCheckpoint(message.getSequenceNumber())) {
                batch.checkpoints.put(projectId, message.getSequenceNumber());
            }
        });
    }

    /** The cards of one batch and the checkpoints to ask for once it has committed. */
    private static final class CardsOfBatch {

        private final ProjectCardRepository.Batch cards;
        private final Map<String, Long> checkpoints = new LinkedHashMap<>();

        CardsOfBatch(ProjectCardRepository.Batch cards) {
            this.cards = cards;
        }
    }
}
