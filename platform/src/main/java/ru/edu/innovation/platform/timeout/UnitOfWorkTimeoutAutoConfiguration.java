package ru.edu.innovation.platform.timeout;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Both services' limit on how long a unit of work runs, on the command bus, the query bus and every
 * event processor, registered as Axon's own {@code axon.timeout} registers its interceptors (which
 * each service's application.yml switches off). Not a bean of its own: Axon would add a
 * {@code MessageHandlerInterceptor} bean to the processors a second time.
 */
@AutoConfiguration
@ConditionalOnClass(UnitOfWork.class)
@EnableConfigurationProperties(UnitOfWorkTimeoutProperties.class)
public class UnitOfWorkTimeoutAutoConfiguration {

    @Bean
    public ConfigurerModule unitOfWorkTimeouts(UnitOfWorkTimeoutProperties properties) {
        return configurer -> {
            UnitOfWorkTimeouts timeouts = new UnitOfWorkTimeouts(properties.warnAfter(), properties.timeout());
            configurer.eventProcessing().registerDefaultHandlerInterceptor((configuration, processor) -> timeouts);
            configurer.onInitialize(configuration -> {
                configuration.onStart(Integer.MIN_VALUE, () -> {
                    configuration.commandBus().registerHandlerInterceptor(timeouts);
                    configuration.queryBus().registerHandlerInterceptor(timeouts);
                });
                configuration.onShutdown(Integer.MIN_VALUE, timeouts::close);
            });
        };
    }
}
