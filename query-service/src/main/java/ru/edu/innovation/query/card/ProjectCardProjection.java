package ru.edu.innovation.query.card;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AllowReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import ru.edu.innovation.api.plan.HeldEventRecordedEvent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Keeps every project's card up to date from the event store. An event at or below the stored
 * version was applied before (a replayed batch after a restart) and is skipped, so each event
 * changes a card exactly once.
 * <p>
 * A replay after a reset folds the same events in the same order through the same
 * {@link ProjectCard#apply}, so it gives exactly the cards of the live run. The cards a batch
 * touches are kept in memory while the batch runs and written once when it commits, together with
 * the processor's token: a replay reads and writes each project once per batch, not once per event.
 * The cards of all projects in a batch are read when its first event is handled (of those with held
 * events alone only how far they have read), and written in one round trip per table; held events go
 * to their pages as stored ({@link #onHeld}).
 * <p>
 * Once a live batch has committed, the projects whose stream it took past a checkpoint's event get
 * that checkpoint written ({@link ProjectCardHistory}); a replay leaves that to later reads.
 */
@Component
@AllowReplay
@ProcessingGroup(ProjectCardProjection.PROCESSING_GROUP)
public class ProjectCardProjection {

    public static final String PROCESSING_GROUP = "project-cards";

    private static final String CARDS_OF_THE_BATCH = ProjectCardProjection.class.getName() + ".cards";

    private final ProjectCardRepository cards;
    private final ProjectCardHistory history;
    private final Serializer eventSerializer;

    public ProjectCardProjection(ProjectCardRepository cards, ProjectCardHistory history,
                                 @Qualifier("eventSerializer") Serializer eventSerializer) {
        this.cards = cards;
        this.history = history;
        this.eventSerializer = eventSerializer;
    }

    @EventHandler
    public void on(Object event, DomainEventMessage<?> message, ReplayStatus replayStatus) {
        fold(message, replayStatus, (batch, card) -> {
            card.apply(event, EventContext.of(message));
            batch.rewritten.add(message.getAggregateIdentifier());
        });
    }

    /**
     * A held event, most of a project's stream, goes to its project's page as stored: the handler
     * takes the message, not the payload, so the payload is neither bound to records nor written
     * again. Of the card only how far it has read changes (a card that changed no more in a batch
     * has only that written); the card read in full, or at a moment, folds the same event through
     * {@link ProjectCard#apply} and shows the same held event.
     */
    @EventHandler(payloadType = HeldEventRecordedEvent.class)
    public void onHeld(DomainEventMessage<?> message, ReplayStatus replayStatus) {
        fold(message, replayStatus, (batch, card) -> {
            card.advance(message.getSequenceNumber(), message.getTimestamp());
            batch.held.add(HeldEventJson.fromPayload(message.getAggregateIdentifier(), message.getSequenceNumber(),
                    message.serializePayload(eventSerializer, byte[].class).getData(), message.getTimestamp()));
        });
    }

    private void fold(DomainEventMessage<?> message, ReplayStatus replayStatus, BiConsumer<Batch, ProjectCard> change) {
        if (!CurrentUnitOfWork.isStarted()) {
            Batch single = new Batch(cards.findAll(Set.of(message.getAggregateIdentifier())));
            fold(single, message, replayStatus, change);
            single.writeTo(cards);
            single.requestCheckpoints(history);
            return;
        }
        fold(batch(CurrentUnitOfWork.get().root()), message, replayStatus, change);
    }

    @ResetHandler
    public void reset() {
        cards.deleteAll();
        history.deleteAll();
    }

    private void fold(Batch batch, DomainEventMessage<?> message, ReplayStatus replayStatus,
                      BiConsumer<Batch, ProjectCard> change) {
        String projectId = message.getAggregateIdentifier();
        // Every project of the batch was looked up when it began: one without a card is new.
        ProjectCard card = batch.cards.computeIfAbsent(projectId, id -> new ProjectCard());
        if (message.getSequenceNumber() <= card.version()) {
            return;
        }
        change.accept(batch, card);
        batch.changed.add(projectId);
        if (!replayStatus.isReplay() && history.isCheckpoint(message.getSequenceNumber())) {
            batch.checkpoints.put(projectId, message.getSequenceNumber());
        }
    }

    private Batch batch(UnitOfWork<?> unitOfWork) {
        return unitOfWork.getOrComputeResource(CARDS_OF_THE_BATCH, key -> {
            cards.commitWithoutWaitingForDisk();
            Batch batch = new Batch(cardsOf(unitOfWork));
            unitOfWork.onPrepareCommit(committing -> batch.writeTo(cards));
            unitOfWork.afterCommit(committed -> batch.requestCheckpoints(history));
            return batch;
        });
    }

    /**
     * The cards of the batch's projects: in full for those with an event the card's document shows,
     * and only how far they have read for those with held events alone ({@link #onHeld} moves no
     * more of them).
     */
    private Map<String, ProjectCard> cardsOf(UnitOfWork<?> unitOfWork) {
        List<? extends Message<?>> messages = unitOfWork instanceof BatchingUnitOfWork<?> batching
                ? batching.getMessages() : List.of(unitOfWork.getMessage());
        Set<String> folded = new LinkedHashSet<>();
        Set<String> heldOnly = new LinkedHashSet<>();
        for (Message<?> message : messages) {
            if (message instanceof DomainEventMessage<?> event) {
                (HeldEventRecordedEvent.class.isAssignableFrom(event.getPayloadType()) ? heldOnly : folded)
                        .add(event.getAggregateIdentifier());
            }
        }
        heldOnly.removeAll(folded);
        Map<String, ProjectCard> found = new HashMap<>();
        if (!folded.isEmpty()) {
            found.putAll(cards.findAll(folded));
        }
        if (!heldOnly.isEmpty()) {
            found.putAll(cards.findPositions(heldOnly));
        }
        return found;
    }

    /** The cards one batch of events has read, which of them it changed and how, and the events held it recorded. */
    private static final class Batch {

        private final Map<String, ProjectCard> cards;
        private final Set<String> changed = new LinkedHashSet<>();
        /** Those of the changed cards whose document changed, not only their version (held events). */
        private final Set<String> rewritten = new HashSet<>();
        private final List<HeldEventJson> held = new ArrayList<>();
        private final Map<String, Long> checkpoints = new LinkedHashMap<>();

        Batch(Map<String, ProjectCard> loaded) {
            this.cards = new LinkedHashMap<>(loaded);
        }

        void writeTo(ProjectCardRepository repository) {
            List<ProjectCard> written = new ArrayList<>();
            List<ProjectCard> advanced = new ArrayList<>();
            for (String projectId : changed) {
                ProjectCard card = cards.get(projectId);
                if (card.projectId() != null) {
                    (rewritten.contains(projectId) ? written : advanced).add(card);
                }
            }
            if (!written.isEmpty() || !advanced.isEmpty()) {
                repository.saveAll(written, advanced, held.stream()
                        .filter(event -> cards.get(event.projectId()).projectId() != null).toList());
            }
        }

        void requestCheckpoints(ProjectCardHistory history) {
            checkpoints.forEach(history::checkpointUpTo);
        }
    }

    /**
     * A failing event rolls its whole batch back and is retried (the lag gauge shows the processor
     * standing still) instead of being logged and skipped: a card that silently missed an event
     * would no longer be what a replay of the store gives.
     */
    @Configuration(proxyBeanMethods = false)
    static class ErrorHandling {

        @Autowired
        void propagateHandlerErrors(EventProcessingConfigurer configurer) {
            configurer.registerListenerInvocationErrorHandler(PROCESSING_GROUP,
                    configuration -> PropagatingErrorHandler.instance());
        }
    }
}
