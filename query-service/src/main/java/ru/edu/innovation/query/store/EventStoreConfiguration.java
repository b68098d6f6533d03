package ru.edu.innovation.query.store;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.edu.innovation.platform.store.EventStoreAutoConfiguration;
import ru.edu.innovation.platform.store.EventStorageEngines;

/**
 * Reads the event store that command-service writes (platform's {@link EventStoreAutoConfiguration})
 * and keeps this service's processor positions in a token table of its own.
 */
@Configuration(proxyBeanMethods = false)
public class EventStoreConfiguration {

    @Bean
    public EventStorageEngine eventStorageEngine(EventStorageEngines engines) {
        return engines.jdbc();
    }

    @Bean
    public TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer defaultSerializer) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .serializer(defaultSerializer)
                .schema(EventStoreAutoConfiguration.tokenSchema("query_token_entry"))
                .contentType(byte[].class)
                .build();
    }
}
