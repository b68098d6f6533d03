package ru.edu.innovation.query.card;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AllowReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
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
import java.util.concurrent.ConcurrentHashMap;
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
 * <p>
 * An event the card cannot take is parked with Axon's dead-letter queue, and the project's later
 * events are parked behind it, in order, while every other project's events go on
 * ({@code admin.ParkedEventsConfiguration}).
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
    /** The first events of batches that were rolled back: read again, such a batch goes one event at a time. */
    private final Set<String> failedBatches = ConcurrentHashMap.newKeySet();

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
            // Read before the card moves: an unreadable payload leaves the card as it was.
            HeldEventJson held = HeldEventJson.fromPayload(message.getAggregateIdentifier(),
                    message.getSequenceNumber(), message.serializePayload(eventSerializer, byte[].class).getData(),
                    message.getTimestamp());
            card.advance(message.getSequenceNumber(), message.getTimestamp());
            batch.held.add(held);
        });
    }

    /**
     * Folds the event into the batch's card of its project; or alone, written at once behind a
     * savepoint, where one event's failure must stay its own: the retry of a batch that failed, a
     * parked event retried by an administrator, or a call outside a unit of work.
     */
    private void fold(DomainEventMessage<?> message, ReplayStatus replayStatus, BiConsumer<Batch, ProjectCard> change) {
        if (!CurrentUnitOfWork.isStarted()) {
            foldAlone(message, replayStatus, change, null);
            return;
        }
        UnitOfWork<?> current = CurrentUnitOfWork.get();
        if (current.resources().containsKey(DeadLetter.class.getName())) {
            foldAlone(message, replayStatus, change, current);
            return;
        }
        Batch batch = batch(current.root());
        if (batch.oneByOne) {
            foldAlone(message, replayStatus, change, current);
            return;
        }
        try {
            fold(batch, message, replayStatus, change);
        } catch (RuntimeException failed) {
            // The card may be half changed: the batch is rolled back and retried one event at a time.
            batch.failedWhileFolding = true;
            throw failed;
        }
    }

    private void foldAlone(DomainEventMessage<?> message, ReplayStatus replayStatus,
                           BiConsumer<Batch, ProjectCard> change, UnitOfWork<?> unitOfWork) {
        Batch single = new Batch(Map.of(), false);
        cards.isolated(() -> {
            single.cards.putAll(cards.findAll(Set.of(message.getAggregateIdentifier())));
            fold(single, message, replayStatus, change);
            single.writeTo(cards);
        });
        if (unitOfWork == null) {
            single.requestCheckpoints(history);
        } else {
            unitOfWork.afterCommit(committed -> single.requestCheckpoints(history));
        }
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

    /**
     * The batch of the unit of work, begun on its first event. A batch that failed — an event that
     * failed half way through its card, or a write refused when it committed — is rolled back by
     * the processor and read again from the same event; that second time it folds and writes each
     * event alone ({@link #foldAlone}), so the event that fails is parked on its own and the rest
     * of the batch commits.
     */
    private Batch batch(UnitOfWork<?> unitOfWork) {
        return unitOfWork.getOrComputeResource(CARDS_OF_THE_BATCH, key -> {
            cards.commitWithoutWaitingForDisk();
            String first = firstMessageOf(unitOfWork);
            if (first != null && failedBatches.remove(first)) {
                Batch oneByOne = new Batch(Map.of(), true);
                unitOfWork.onRollback(rolledBack -> failedBatches.add(first));
                return oneByOne;
            }
            Batch batch = new Batch(cardsOf(unitOfWork), false);
            unitOfWork.onPrepareCommit(committing -> {
                if (batch.failedWhileFolding) {
                    throw new BatchToBeRetriedOneByOneException();
                }
                batch.writeTo(cards);
            });
            unitOfWork.afterCommit(committed -> batch.requestCheckpoints(history));
            if (first != null) {
                unitOfWork.onRollback(rolledBack -> failedBatches.add(first));
            }
            return batch;
        });
    }

    private static String firstMessageOf(UnitOfWork<?> unitOfWork) {
        if (unitOfWork instanceof BatchingUnitOfWork<?> batching) {
            return batching.getMessages().isEmpty() ? null : batching.getMessages().get(0).getIdentifier();
        }
        return unitOfWork.getMessage() == null ? null : unitOfWork.getMessage().getIdentifier();
    }

    /** Rolls back a batch in which an event failed half way through its card, to be folded again one by one. */
    static final class BatchToBeRetriedOneByOneException extends RuntimeException {

        BatchToBeRetriedOneByOneException() {
            super("an event of the batch failed while folding; the batch is retried one event at a time");
        }
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
        /** A batch read again after it failed: each of its events is folded and written alone. */
        private final boolean oneByOne;
        private boolean failedWhileFolding;
        private final Set<String> changed = new LinkedHashSet<>();
        /** Those of the changed cards whose document changed, not only their version (held events). */
        private final Set<String> rewritten = new HashSet<>();
        private final List<HeldEventJson> held = new ArrayList<>();
        private final Map<String, Long> checkpoints = new LinkedHashMap<>();

        Batch(Map<String, ProjectCard> loaded, boolean oneByOne) {
            this.cards = new LinkedHashMap<>(loaded);
            this.oneByOne = oneByOne;
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
}
