package ru.edu.innovation.command.project.infrastructure;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.edu.innovation.command.project.InnovationProject;
import ru.edu.innovation.command.project.InnovationProjectFactory;

@Configuration(proxyBeanMethods = false)
public class ProjectAggregateConfiguration {

    /** A snapshot every N events keeps loading a long-running project fast. */
    @Bean
    public SnapshotTriggerDefinition projectSnapshotTrigger(Snapshotter snapshotter,
                                                            @Value("${innovation.snapshot-threshold:50}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }

    /** Axon's Spring support finds the aggregate's factory by this name, {@code <aggregate>AggregateFactory}. */
    @Bean
    public AggregateFactory<InnovationProject> innovationProjectAggregateFactory() {
        return new InnovationProjectFactory();
    }

    /**
     * Projects stay in memory between commands, so a command neither reads the project's snapshot
     * and later events nor deserializes them: the snapshot of a project with thousands of held events
     * took a quarter of a command's time. Safe while one command-service writes the store (as
     * deployed); with several, set {@code innovation.aggregate-cache.enabled=false}.
     */
    @Bean
    public Cache projectCache(@Value("${innovation.aggregate-cache.enabled:true}") boolean enabled) {
        return enabled ? new CommittedAggregateCache(new WeakReferenceCache()) : NoCache.INSTANCE;
    }

    @Bean
    public ExpectedVersionCommandTargetResolver expectedVersionCommandTargetResolver() {
        return new ExpectedVersionCommandTargetResolver();
    }
}
