package ru.edu.innovation.command.store;

import com.zaxxer.hikari.HikariDataSource;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.edu.innovation.command.kernel.HashChainLinks;
import ru.edu.innovation.platform.integrity.EventHashChain;
import ru.edu.innovation.platform.store.EventStoreAutoConfiguration;
import ru.edu.innovation.platform.store.EventStoreProperties;
import ru.edu.innovation.platform.store.EventStorageEngines;

/**
 * The writer's side of the event store (the rest is platform's {@link EventStoreAutoConfiguration}):
 * the engine wrapped so that every appended event carries its link of the hash chain, Axon's own
 * token table, and who acted in every event's metadata.
 */
@Configuration(proxyBeanMethods = false)
public class EventStoreConfiguration {

    @Bean
    public TokenSchema tokenSchema() {
        return EventStoreAutoConfiguration.tokenSchema("token_entry");
    }

    @Bean
    public HashChainingEventStorageEngine eventStorageEngine(EventStorageEngines engines, EventHashChain chain,
                                                             EventStoreProperties properties) {
        return new HashChainingEventStorageEngine(engines.jdbc(), engines.eventSerializer(), chain,
                properties.hashesRemembered());
    }

    /** What a frozen report version is bound to: the stored link of the event it is based on. */
    @Bean
    public HashChainLinks hashChainLinks(HashChainingEventStorageEngine engine) {
        return (projectId, sequence) -> {
            String link = engine.storedHashAt(projectId, sequence);
            if (link == null) {
                throw new IllegalStateException("event " + sequence + " of project " + projectId + " carries no hash");
            }
            return link;
        };
    }

    @Bean
    public CorrelationDataProvider actorCorrelationDataProvider() {
        return new ActorCorrelationDataProvider();
    }

    /**
     * PostgreSQL's driver writes a failed batch's statement with its parameters (the events' payloads)
     * and the server's detail (the duplicate key's values) into its exception messages; those messages
     * travel up into logs and, through any handler that shows a message, into answers. Without the
     * detail the driver names only the error.
     */
    @Bean
    public static BeanPostProcessor postgresErrorsWithoutData() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
                        && pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
                    pool.addDataSourceProperty("logServerErrorDetail", "false");
                }
                return bean;
            }
        };
    }
}
