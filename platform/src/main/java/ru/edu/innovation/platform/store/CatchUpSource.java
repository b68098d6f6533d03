package ru.edu.innovation.platform.store;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The event store as a processor that handles only some of the stream reads it: the events it is
 * behind on come from a reader that passes over events of some classes ({@link CatchUpJdbcEngine},
 * made by {@link EventStorageEngines#catchUpReaderWithout}), and once that reader has reached the
 * head the processor follows the store's own stream, shared with every other processor. A processor
 * whose handlers never take those classes is spared hauling them from the database in a rebuild,
 * which for held events is most of the stream.
 */
public class CatchUpSource implements StreamableMessageSource<TrackedEventMessage<?>> {

    private final EventStore store;
    private final EventStorageEngine catchUp;

    public CatchUpSource(EventStore store, EventStorageEngine catchUp) {
        this.store = store;
        this.catchUp = catchUp;
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        return new CatchUpStream(trackingToken);
    }

    @Override
    public TrackingToken createTailToken() {
        return store.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return store.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return store.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return store.createTokenSince(duration);
    }

    /** Reads the catch-up reader to its end, then the store's stream from the last event read. */
    private final class CatchUpStream implements BlockingStream<TrackedEventMessage<?>> {

        private TrackingToken position;
        private Iterator<? extends TrackedEventMessage<?>> behind;
        private TrackedEventMessage<?> next;
        private BlockingStream<TrackedEventMessage<?>> following;

        CatchUpStream(TrackingToken position) {
            this.position = position;
            this.behind = catchUp.readEvents(position, false).iterator();
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return readBehind() ? Optional.of(next) : follow().peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return readBehind() || follow().hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            if (!readBehind()) {
                return follow().nextAvailable();
            }
            TrackedEventMessage<?> event = next;
            next = null;
            position = event.trackingToken();
            return event;
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            if (following != null) {
                following.skipMessagesWithPayloadTypeOf(ignoredMessage);
            }
        }

        @Override
        public void close() {
            behind = null;
            if (following != null) {
                following.close();
            }
        }

        /** Whether an event of the catch-up reader waits in {@code next}; false once that reader is done. */
        private boolean readBehind() {
            if (next == null && behind != null) {
                if (behind.hasNext()) {
                    next = behind.next();
                } else {
                    behind = null;
                }
            }
            return next != null;
        }

        private BlockingStream<TrackedEventMessage<?>> follow() {
            if (following == null) {
                following = store.openStream(position);
            }
            return following;
        }
    }
}
