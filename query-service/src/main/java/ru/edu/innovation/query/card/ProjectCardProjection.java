package ru.edu.innovation.query.card;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps every project's card up to date from the event store. An event at or below the stored
 * version was applied before (a replayed batch after a restart) and is skipped, so each event
 * changes a card exactly once.
 */
@Component
@ProcessingGroup(ProjectCardProjection.PROCESSING_GROUP)
public class ProjectCardProjection {

    public static final String PROCESSING_GROUP = "project-cards";

    private final ProjectCardRepository cards;

    public ProjectCardProjection(ProjectCardRepository cards) {
        this.cards = cards;
    }

    @EventHandler
    public void on(Object event, DomainEventMessage<?> message) {
        String projectId = message.getAggregateIdentifier();
        ProjectCard card = cards.find(projectId).orElseGet(ProjectCard::new);
        if (message.getSequenceNumber() <= card.version()) {
            return;
        }
        card.apply(event, EventContext.of(message));
        if (card.projectId() != null) {
            cards.save(card);
        }
    }

    @ResetHandler
    public void reset() {
        cards.deleteAll();
    }
}
