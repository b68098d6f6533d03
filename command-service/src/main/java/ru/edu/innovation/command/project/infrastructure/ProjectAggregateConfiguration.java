package ru.edu.innovation.command.project.infrastructure;

import jakarta.validation.ValidatorFactory;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.EhCache3Adapter;
import org.axonframework.common.caching.NoCache;
import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.SnapshotterSpanFactory;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.ehcache.CacheManager;
import org.ehcache.config.builders.CacheConfigurationBuilder;
import org.ehcache.config.builders.CacheManagerBuilder;
import org.ehcache.config.builders.ResourcePoolsBuilder;
import org.ehcache.core.Ehcache;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.edu.innovation.command.project.InnovationProject;
import ru.edu.innovation.command.project.InnovationProjectFactory;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProjectLoadingProperties.class)
public class ProjectAggregateConfiguration {

    /** A snapshot every N events keeps loading a long-running project fast. */
    @Bean
    public SnapshotTriggerDefinition projectSnapshotTrigger(Snapshotter snapshotter, ProjectLoadingProperties loading) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, loading.snapshotThreshold());
    }

    /**
     * Axon's snapshotter, as its Spring Boot configuration builds it, but taking snapshots on a thread
     * of its own after the command has committed: on the command's thread, re-reading and
     * re-serializing the project made every N-th command the slowest (bench/findings.md). A snapshot
     * only makes later loads faster, so when snapshots queue up faster than they are taken, the newest
     * are skipped; the project takes the next one N events later.
     */
    @Bean
    public SpringAggregateSnapshotter aggregateSnapshotter(org.axonframework.config.Configuration configuration,
                                                           HandlerDefinition handlerDefinition,
                                                           ParameterResolverFactory parameterResolverFactory,
                                                           EventStore eventStore, TransactionManager transactionManager,
                                                           SnapshotterSpanFactory spanFactory) {
        ThreadPoolExecutor background = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(256), runnable -> {
                    Thread thread = new Thread(runnable, "project-snapshots");
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.DiscardPolicy());
        background.allowCoreThreadTimeOut(true);
        return SpringAggregateSnapshotter.builder()
                .repositoryProvider(configuration::repository)
                .transactionManager(transactionManager)
                .eventStore(eventStore)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition)
                .spanFactory(spanFactory)
                .executor(background)
                .build();
    }

    /** Axon's Spring support finds the aggregate's factory by this name, {@code <aggregate>AggregateFactory}. */
    @Bean
    public AggregateFactory<InnovationProject> innovationProjectAggregateFactory() {
        return new InnovationProjectFactory();
    }

    /**
     * Projects stay in memory between commands, so a command neither reads the project's snapshot
     * and later events nor deserializes them. Safe while one command-service writes the store; with
     * several, set {@code innovation.aggregate-cache.enabled=false}.
     * <p>
     * The cache holds the {@code size} projects used last, strongly: Axon's weak-reference cache loses
     * its projects at every young collection.
     */
    @Bean
    public Cache projectCache(ProjectLoadingProperties loading, CacheManager projectCaches) {
        if (!loading.aggregateCache().enabled()) {
            return NoCache.INSTANCE;
        }
        org.ehcache.Cache<Object, Object> projects = projectCaches.createCache("projects",
                CacheConfigurationBuilder.newCacheConfigurationBuilder(Object.class, Object.class,
                        ResourcePoolsBuilder.heap(loading.aggregateCache().size())));
        return new CommittedAggregateCache(new EhCache3Adapter((Ehcache<?, ?>) projects));
    }

    @Bean(destroyMethod = "close")
    public CacheManager projectCaches() {
        return CacheManagerBuilder.newCacheManagerBuilder().build(true);
    }

    @Bean
    public ExpectedVersionCommandTargetResolver expectedVersionCommandTargetResolver() {
        return new ExpectedVersionCommandTargetResolver();
    }

    /** Axon's Spring Boot support registers this interceptor on the command gateway. */
    @Bean
    public MessageDispatchInterceptor<CommandMessage<?>> commandValidation(ValidatorFactory validatorFactory) {
        return new CommandValidation(validatorFactory);
    }
}
