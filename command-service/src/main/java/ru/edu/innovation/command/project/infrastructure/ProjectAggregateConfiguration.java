package ru.edu.innovation.command.project.infrastructure;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class ProjectAggregateConfiguration {

    /** A snapshot every N events keeps loading a long-running project fast. */
    @Bean
    public SnapshotTriggerDefinition projectSnapshotTrigger(Snapshotter snapshotter,
                                                            @Value("${innovation.snapshot-threshold:50}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }

    @Bean
    public ExpectedVersionCommandTargetResolver expectedVersionCommandTargetResolver() {
        return new ExpectedVersionCommandTargetResolver();
    }
}
