package ru.edu.innovation.command.project;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.AggregateFactory;

/**
 * Creates the project to rebuild from its events with its constructor, or takes the one a snapshot
 * holds. Axon's default for Spring creates the aggregate as a prototype bean of the application
 * context, a costly lookup per load, and the aggregate has nothing to inject (its handlers get the
 * clock as a parameter).
 */
public class InnovationProjectFactory implements AggregateFactory<InnovationProject> {

    @Override
    public InnovationProject createAggregateRoot(String aggregateIdentifier, DomainEventMessage<?> firstEvent) {
        if (firstEvent.getPayload() instanceof InnovationProject snapshot) {
            return snapshot;
        }
        return new InnovationProject();
    }

    @Override
    public Class<InnovationProject> getAggregateType() {
        return InnovationProject.class;
    }
}
