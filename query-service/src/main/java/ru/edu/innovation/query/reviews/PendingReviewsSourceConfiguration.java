package ru.edu.innovation.query.reviews;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.edu.innovation.api.plan.HeldEventRecordedEvent;
import ru.edu.innovation.platform.store.CatchUpSource;
import ru.edu.innovation.platform.store.EventStorageEngines;

import java.util.List;

/**
 * Where the pending-reviews processor reads the store from ({@code source} of its settings): while it
 * catches up, as in a rebuild, it passes over the held events, most of every stream, since it has no
 * handler for them (only a window's last, without payload, to carry its position); at the head it
 * follows the store as the cards do.
 */
@Configuration(proxyBeanMethods = false)
public class PendingReviewsSourceConfiguration {

    /** The bean named in {@code axon.eventhandling.processors.pending-reviews.source}. */
    public static final String NAME = "pendingReviewsSource";

    static final List<Class<?>> UNREAD = List.of(HeldEventRecordedEvent.class);

    @Bean(NAME)
    public CatchUpSource pendingReviewsSource(EventStore eventStore, EventStorageEngines engines) {
        // An event whose payload is left unread must be one the projection never handles.
        UNREAD.stream().filter(PendingReviewsProjection.HANDLED::contains).findAny().ifPresent(handled -> {
            throw new IllegalStateException("pending-reviews handles " + handled.getName() + " and must read it");
        });
        return new CatchUpSource(eventStore, engines.catchUpReaderWithout(UNREAD));
    }
}
