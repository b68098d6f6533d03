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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps every project's card up to date from the event store. An event at or below the stored
 * version was applied before (a replayed batch after a restart) and is skipped, so each event
 * changes a card exactly once.
 * <p>
 * A replay after a reset folds the same events in the same order through the same
 * {@link ProjectCard#apply}, so it gives exactly the cards of the live run. The cards a batch
 * touches are kept in memory while the batch runs and written once when it commits, together with
 * the processor's token: a replay reads and writes each project once per batch, not once per event.
 * The cards of all projects in a batch are read in one query when its first event is handled, and
 * written in one JDBC batch per table.
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

    public ProjectCardProjection(ProjectCardRepository cards, ProjectCardHistory history) {
        this.cards = cards;
        this.history = history;
    }

    @EventHandler
    public void on(Object event, DomainEventMessage<?> message, ReplayStatus replayStatus) {
        if (!CurrentUnitOfWork.isStarted()) {
            Batch single = new Batch(cards.findAll(Set.of(message.getAggregateIdentifier())));
            apply(single, event, message, replayStatus);
            single.writeTo(cards);
            single.requestCheckpoints(history);
            return;
        }
        apply(batch(CurrentUnitOfWork.get().root()), event, message, replayStatus);
    }

    @ResetHandler
    public void reset() {
        cards.deleteAll();
        history.deleteAll();
    }

    private void apply(Batch batch, Object event, DomainEventMessage<?> message, ReplayStatus replayStatus) {
        String projectId = message.getAggregateIdentifier();
        // Every project of the batch was looked up when it began: one without a card is new.
        ProjectCard card = batch.cards.computeIfAbsent(projectId, id -> new ProjectCard());
        if (message.getSequenceNumber() <= card.version()) {
            return;
        }
        card.apply(event, EventContext.of(message));
        batch.changed.add(projectId);
        if (!replayStatus.isReplay() && history.isCheckpoint(message.getSequenceNumber())) {
            batch.checkpoints.put(projectId, message.getSequenceNumber());
        }
    }

    private Batch batch(UnitOfWork<?> unitOfWork) {
        return unitOfWork.getOrComputeResource(CARDS_OF_THE_BATCH, key -> {
            Batch batch = new Batch(cards.findAll(projectsOf(unitOfWork)));
            unitOfWork.onPrepareCommit(committing -> batch.writeTo(cards));
            unitOfWork.afterCommit(committed -> batch.requestCheckpoints(history));
            return batch;
        });
    }

    private static Set<String> projectsOf(UnitOfWork<?> unitOfWork) {
        List<? extends Message<?>> messages = unitOfWork instanceof BatchingUnitOfWork<?> batching
                ? batching.getMessages() : List.of(unitOfWork.getMessage());
        Set<String> projects = new LinkedHashSet<>();
        for (Message<?> message : messages) {
            if (message instanceof DomainEventMessage<?> event) {
                projects.add(event.getAggregateIdentifier());
            }
        }
        return projects;
    }

    /** The cards one batch of events has read and which of them it changed. */
    private static final class Batch {

        private final Map<String, ProjectCard> cards;
        private final Set<String> changed = new LinkedHashSet<>();
        private final Map<String, Long> checkpoints = new LinkedHashMap<>();

        Batch(Map<String, ProjectCard> loaded) {
            this.cards = new LinkedHashMap<>(loaded);
        }

        void writeTo(ProjectCardRepository repository) {
            List<ProjectCard> written = new ArrayList<>();
            for (String projectId : changed) {
                ProjectCard card = cards.get(projectId);
                if (card.projectId() != null) {
                    written.add(card);
                }
            }
            if (!written.isEmpty()) {
                repository.saveAll(written);
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
