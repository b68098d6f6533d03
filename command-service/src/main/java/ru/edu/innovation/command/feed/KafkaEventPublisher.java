package ru.edu.innovation.command.feed;

import ru.edu.innovation.platform.parked.ParkedEventNotFirstException;
import ru.edu.innovation.platform.parked.ParkedEventNotFoundException;
import com.fasterxml.jackson.core.JsonFactory;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.ProducerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.OptionalLong;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Publishes every stored event to the feed topic, keyed by project so a project's events stay in
 * order. It reads the event store from a position kept in Axon's token store under the name
 * {@value #NAME}, so only committed events are published; a batch's position is stored only after
 * the broker acknowledged all of it, otherwise the batch is sent again from the stored position.
 * Delivery is therefore at least once: consumers drop duplicates by the CloudEvents {@code id}.
 * <p>
 * This is a loop of its own over Axon's event stream and token store rather than a tracking event
 * processor: a re-publish sends the whole store, and a processor spends much of its time per event
 * in its unit of work, interceptors, handler timeouts and result messages (bench/findings.md), none
 * of which a relay to the broker needs. The claim on the token
 * is the same as a processor's, so with several command-services exactly one of them publishes.
 * <p>
 * A record refused for good is parked with its project's later events ({@link FeedParking}) and the
 * feed goes on. The table is the feed's own, not Axon's dead-letter queue: that queue is fed by an
 * event processor's handler invoker, which this loop does not have.
 */
public class KafkaEventPublisher implements SmartLifecycle {

    public static final String NAME = "kafka-publisher";
    private static final int SEGMENT = 0;
    private static final Logger log = LoggerFactory.getLogger(KafkaEventPublisher.class);
    private static final byte[] CONTENT_TYPE = CloudEvents.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8);
    /** How long an idle stream is awaited in one go: also how soon a re-publish request is taken up. */
    private static final long POLL_MILLIS = 200;
    /** An idle publisher renews its claim this often, well within the token store's claim timeout. */
    private static final Duration CLAIM_RENEWAL = Duration.ofSeconds(2);
    private static final Duration CLAIM_RETRY = Duration.ofSeconds(5);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(60);
    private static final Duration REQUEST_PATIENCE = Duration.ofSeconds(15);
    private static final Duration STOP_PATIENCE = Duration.ofSeconds(10);

    private final StreamableMessageSource<TrackedEventMessage<?>> store;
    private final TokenStore tokens;
    private final TransactionManager transactions;
    private final ProducerFactory<String, byte[]> producers;
    private final KafkaAdmin admin;
    private final KafkaFeedProperties feed;
    private final Serializer eventSerializer;
    private final CloudEvents envelopes;
    private final FeedParking parking;
    private final Clock clock;
    /**
     * Held by the publishing thread while it sends a batch and parks what the broker refused, and by
     * an administrator's retry or skip: a project's parked events are sent in order, never next to
     * a later event of the same project.
     */
    private final ReentrantLock parkingLock = new ReentrantLock();

    private final AtomicReference<Republish> pendingRepublish = new AtomicReference<>();
    private volatile Thread worker;
    private volatile boolean running;
    /** The stored position while this instance holds the claim; null otherwise. */
    private volatile TrackingToken position;
    private boolean topicChecked;

    public KafkaEventPublisher(StreamableMessageSource<TrackedEventMessage<?>> store, TokenStore tokens,
                               TransactionManager transactions, ProducerFactory<String, byte[]> producers,
                               KafkaAdmin admin, KafkaFeedProperties feed, Serializer eventSerializer,
                               JsonFactory json, FeedParking parking, Clock clock) {
        this.store = store;
        this.tokens = tokens;
        this.transactions = transactions;
        this.producers = producers;
        this.admin = admin;
        this.feed = feed;
        this.eventSerializer = eventSerializer;
        this.envelopes = new CloudEvents(feed, json);
        this.parking = parking;
        this.clock = clock;
    }

    /** Where the publisher stands: the last position sent, the head of the store and the rest to send. */
    public record FeedStatus(String processor, boolean running, boolean replaying, Long position, long head,
                             Long remaining, long parked) {
    }

    /**
     * Sends everything from {@code fromPosition} (a {@code global_index}) on again, in order: for a new
     * consumer, a recovered downstream system or an empty broker. The publisher stays «replaying» until
     * it passes the position it had reached before.
     */
    public FeedStatus republishFrom(long fromPosition) {
        TrackingToken headToken = store.createHeadToken();
        long head = headToken == null ? -1 : headToken.position().orElse(-1);
        if (fromPosition > 0 && fromPosition > head) {
            // Nothing is stored there: the feed would skip every event stored up to that position.
            throw new FeedPositionPastHeadException(fromPosition, head);
        }
        Republish request = new Republish(fromPosition, new CompletableFuture<>());
        Republish superseded = pendingRepublish.getAndSet(request);
        if (superseded != null) {
            superseded.taken().complete(null);
        }
        try {
            request.taken().get(REQUEST_PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new FeedUnavailableException("interrupted while waiting for the publisher", interrupted);
        } catch (ExecutionException refused) {
            if (refused.getCause() instanceof FeedClaimedElsewhereException elsewhere) {
                throw elsewhere;
            }
            throw new FeedUnavailableException("the publisher could not take the request", refused.getCause());
        } catch (TimeoutException busy) {
            pendingRepublish.compareAndSet(request, null);
            throw new FeedUnavailableException("the publisher did not take the request within "
                    + REQUEST_PATIENCE.toSeconds() + " s: it is waiting for the broker", busy);
        }
        return status();
    }

    public FeedStatus status() {
        TrackingToken current = position;
        OptionalLong sent = current == null ? OptionalLong.empty() : current.position();
        TrackingToken head = store.createHeadToken();
        long top = head == null ? -1 : head.position().orElse(-1);
        Long at = sent.isPresent() ? sent.getAsLong() : null;
        // A replay token turns back into a plain one only when an event newer than the reset point
        // arrives; the re-publish itself is done once it reached the position it was reset from.
        OptionalLong resetFrom = ReplayToken.getTokenAtReset(current);
        boolean replaying = resetFrom.isPresent() && (at == null || at < resetFrom.getAsLong());
        return new FeedStatus(NAME, running && current != null, replaying, at, top,
                at == null ? null : Math.max(0, top - at), parking.count());
    }

    @Override
    public void start() {
        running = true;
        worker = new Thread(this::publishUntilStopped, NAME);
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread thread = worker;
        if (thread != null) {
            try {
                // A batch in flight ends within the producer's delivery timeout; shutdown waits less
                // than that, and an unfinished batch is sent again from the stored position.
                thread.join(STOP_PATIENCE.toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        worker = null;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void publishUntilStopped() {
        Duration backoff = Duration.ofSeconds(1);
        while (running) {
            try {
                publishWhileClaimed();
                backoff = Duration.ofSeconds(1);
            } catch (UnableToClaimTokenException elsewhere) {
                refusePendingRepublish(elsewhere);
                sleepUnlessRepublishRequested(CLAIM_RETRY);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException failed) {
                log.warn("The Kafka feed stopped at {}; sending again from there in {} s", position,
                        backoff.toSeconds(), failed);
                releaseClaim();
                sleepUnlessRepublishRequested(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    /** Streams from the stored position until stopped; returns to reopen the stream after a re-publish. */
    private void publishWhileClaimed() throws InterruptedException {
        createTopicOnce();
        TrackingToken token = transactions.fetchInTransaction(this::claim);
        position = token;
        long claimRenewed = System.nanoTime();
        try (BlockingStream<TrackedEventMessage<?>> stream = store.openStream(WrappedToken.unwrapLowerBound(token))) {
            while (running) {
                Republish republish = pendingRepublish.getAndSet(null);
                if (republish != null) {
                    restartAt(token, republish);
                    return;
                }
                List<TrackedEventMessage<?>> batch = nextBatch(stream);
                if (batch.isEmpty()) {
                    if (System.nanoTime() - claimRenewed > CLAIM_RENEWAL.toNanos()) {
                        transactions.executeInTransaction(() -> tokens.extendClaim(NAME, SEGMENT));
                        claimRenewed = System.nanoTime();
                    }
                    continue;
                }
                TrackingToken sent = WrappedToken.advance(token, batch.get(batch.size() - 1).trackingToken());
                parkingLock.lock();
                try {
                    List<FeedParkedEvent> parked = send(batch,
                            transactions.fetchInTransaction(parking::firstParkedByProject));
                    transactions.executeInTransaction(() -> {
                        if (!parked.isEmpty()) {
                            parking.park(parked);
                        }
                        tokens.storeToken(sent, NAME, SEGMENT);
                    });
                    if (!parked.isEmpty()) {
                        log.warn("The Kafka feed parked {} event(s) it cannot publish (see /api/admin/feed/parked-events): {}",
                                parked.size(), parked.stream().map(FeedParkedEvent::eventId).toList());
                    }
                } finally {
                    parkingLock.unlock();
                }
                token = sent;
                position = sent;
                claimRenewed = System.nanoTime();
            }
        } finally {
            if (!running) {
                releaseClaim();
            }
        }
    }

    /**
     * The feed's topic is created (if missing) here, before the first event is sent, instead of while
     * the application starts: there Spring's admin held up the start by a second with the broker up
     * and by 30 s with it down (spring.kafka.admin.auto-create is off).
     */
    private void createTopicOnce() {
        if (!topicChecked) {
            if (!admin.initialize()) {
                throw new IllegalStateException("could not create or check the topic " + feed.topic());
            }
            topicChecked = true;
        }
    }

    private TrackingToken claim() {
        if (tokens.fetchSegments(NAME).length == 0) {
            // A new store: the feed starts from the first event ever stored.
            tokens.initializeTokenSegments(NAME, 1, store.createTailToken());
        }
        return tokens.fetchToken(NAME, SEGMENT);
    }

    private void restartAt(TrackingToken current, Republish republish) {
        TrackingToken start = republish.fromPosition() == 0
                ? store.createTailToken()
                // A token names the last position sent: starting at N means «sent up to N − 1».
                : GapAwareTrackingToken.newInstance(republish.fromPosition() - 1, Collections.emptySet());
        TrackingToken replay = ReplayToken.createReplayToken(current, start);
        try {
            transactions.executeInTransaction(() -> tokens.storeToken(replay, NAME, SEGMENT));
        } catch (RuntimeException failed) {
            republish.taken().completeExceptionally(failed);
            throw failed;
        }
        position = replay;
        log.info("The Kafka feed is sent again from position {}", republish.fromPosition());
        republish.taken().complete(null);
    }

    /**
     * What the stream has ready, up to a batch: waits a moment for the first event, then up to the
     * linger for more. Each batch costs a broker round trip and a token update (a commit); sent one
     * event at a time, those competed with the commands for the cores and the database.
     */
    private List<TrackedEventMessage<?>> nextBatch(BlockingStream<TrackedEventMessage<?>> stream)
            throws InterruptedException {
        if (!stream.hasNextAvailable((int) POLL_MILLIS, TimeUnit.MILLISECONDS)) {
            return List.of();
        }
        long lingerEnds = System.nanoTime() + feed.linger().toNanos();
        List<TrackedEventMessage<?>> batch = new ArrayList<>(Math.min(feed.batchSize(), 256));
        do {
            batch.add(stream.nextAvailable());
        } while (batch.size() < feed.batchSize() && hasNextBefore(stream, lingerEnds));
        // Events an upcaster made of one stored event share its token: they go in the same batch,
        // or the position stored after the batch would skip the rest of them.
        TrackingToken last = batch.get(batch.size() - 1).trackingToken();
        while (stream.peek().filter(next -> last.equals(next.trackingToken())).isPresent()) {
            batch.add(stream.nextAvailable());
        }
        return batch;
    }

    private static boolean hasNextBefore(BlockingStream<TrackedEventMessage<?>> stream, long deadline)
            throws InterruptedException {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        return left > 0 ? stream.hasNextAvailable((int) left, TimeUnit.MILLISECONDS) : stream.hasNextAvailable();
    }

    /**
     * Sends the batch and returns once the broker acknowledged every record of it, except those it
     * refused for a permanent reason ({@link #isPermanent}): those are returned to be parked, with the
     * events of projects that already have a parked event at or before them ({@code heldProjects}), not sent
     * so that a project's events never arrive out of order. A record refused before it left (too
     * large for the producer, not serializable) holds back its project's later events of the batch
     * too; one the broker refuses after the batch went out has them already sent (consumers see the
     * gap in {@code sequencenumber}). A transient failure (the broker away) fails the whole batch,
     * which is sent again from the stored position.
     */
    private List<FeedParkedEvent> send(List<TrackedEventMessage<?>> batch, Map<String, Long> heldProjects) {
        Producer<String, byte[]> producer = producers.createProducer();
        // By project, the position of its first parked event: its events from there on wait (a
        // re-publish sends those before it again as usual).
        Map<String, Long> held = new HashMap<>(heldProjects);
        List<FeedParkedEvent> parked = new ArrayList<>();
        List<Delivery> deliveries = new ArrayList<>(batch.size());
        Instant now = clock.instant();
        for (TrackedEventMessage<?> message : batch) {
            if (!(message instanceof DomainEventMessage<?> event)) {
                continue;
            }
            String projectId = event.getAggregateIdentifier();
            long position = message.trackingToken().position().orElse(-1);
            Long firstParked = held.get(projectId);
            if (firstParked != null && position >= firstParked) {
                parked.add(parked(message, event, null, now));
                continue;
            }
            Delivery delivery = new Delivery(message, event);
            try {
                producer.send(record(event), delivery);
            } catch (RuntimeException refused) {
                delivery.onCompletion(null, refused);
            }
            Exception failure = delivery.failure;
            if (failure != null && isPermanent(failure)) {
                parked.add(parked(message, event, failure, now));
                held.putIfAbsent(projectId, position);
            } else {
                deliveries.add(delivery);
            }
        }
        // flush() returns when every record sent so far is acknowledged or failed (bounded by
        // delivery.timeout.ms), and it sends at once instead of waiting out linger.ms.
        producer.flush();
        for (Delivery delivery : deliveries) {
            Exception failure = delivery.failure;
            if (failure == null) {
                continue;
            }
            if (!isPermanent(failure)) {
                throw new FeedUnavailableException("the broker did not acknowledge the batch", failure);
            }
            parked.add(parked(delivery.message, delivery.event, failure, now));
        }
        return parked;
    }

    private ProducerRecord<String, byte[]> record(DomainEventMessage<?> event) {
        byte[] envelope;
        try {
            envelope = envelopes.envelope(event, event.serializePayload(eventSerializer, byte[].class).getData());
        } catch (RuntimeException unwritable) {
            throw new EnvelopeException(event, unwritable);
        }
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(feed.topic(), event.getAggregateIdentifier(),
                envelope);
        record.headers().add("content-type", CONTENT_TYPE);
        return record;
    }

    /** The event could not be made into a CloudEvents envelope: no broker can take it. */
    static final class EnvelopeException extends RuntimeException {

        EnvelopeException(DomainEventMessage<?> event, RuntimeException cause) {
            super("event " + event.getIdentifier() + " cannot be written as a CloudEvent: " + cause.getMessage(), cause);
        }
    }

    /**
     * A failure that sending the same record again cannot cure: the broker or the producer refuses
     * its size or content, or the event cannot be made into a record at all. Everything else (a
     * broker away, a timeout, a leader moving) is waited out by sending the batch again.
     */
    static boolean isPermanent(Throwable failure) {
        return failure instanceof RecordTooLargeException || failure instanceof RecordBatchTooLargeException
                || failure instanceof InvalidRecordException || failure instanceof SerializationException
                || failure instanceof EnvelopeException;
    }

    private static FeedParkedEvent parked(TrackedEventMessage<?> message, DomainEventMessage<?> event,
                                          Throwable failure, Instant at) {
        return new FeedParkedEvent(message.trackingToken().position().orElse(-1), event.getIdentifier(),
                event.getAggregateIdentifier(), event.getSequenceNumber(), event.getPayloadType().getSimpleName(),
                failure == null, failure == null ? null : failure.getClass().getName(),
                failure == null ? null : FeedParking.message(failure), at, at, failure == null ? 0 : 1);
    }

    /** The parked events, oldest first. */
    public List<FeedParkedEvent> parkedEvents() {
        return parking.list();
    }

    /**
     * Sends the parked event again, and if the broker takes it, the events of its project parked
     * behind it, in order, until one is refused again. Only a project's first parked event can be
     * retried, and only by the command-service that publishes. Answers what of the project is still parked.
     */
    public List<FeedParkedEvent> retryParked(long globalIndex) {
        return withParkingLock(() -> {
            FeedParkedEvent event = parking.find(globalIndex).orElseThrow(() -> new ParkedEventNotFoundException(
                    "Среди отложенных событий потока нет события с позицией " + globalIndex));
            FeedParkedEvent first = parking.ofProject(event.projectId()).get(0);
            if (first.globalIndex() != globalIndex) {
                throw new ParkedEventNotFirstException("Событие с позицией " + event.globalIndex()
                        + " ждёт более раннее отложенное событие проекта " + event.projectId()
                        + ": сначала повторите или пропустите событие с позицией " + first.globalIndex(),
                        "firstParkedPosition", first.globalIndex());
            }
            releaseParked(event.projectId());
            return parking.ofProject(event.projectId());
        });
    }

    /**
     * Drops the parked event from the feed for good, then sends the events of its project parked
     * behind it, as a retry would. Answers what of the project is still parked.
     */
    public List<FeedParkedEvent> skipParked(long globalIndex) {
        return withParkingLock(() -> {
            FeedParkedEvent event = parking.find(globalIndex).orElseThrow(() -> new ParkedEventNotFoundException(
                    "Среди отложенных событий потока нет события с позицией " + globalIndex));
            boolean first = parking.ofProject(event.projectId()).get(0).globalIndex() == globalIndex;
            transactions.executeInTransaction(() -> parking.remove(globalIndex));
            log.warn("The Kafka feed skips the parked event {} of project {} (position {}) for good",
                    event.eventId(), event.projectId(), globalIndex);
            if (first) {
                releaseParked(event.projectId());
            }
            return parking.ofProject(event.projectId());
        });
    }

    /** Sends the project's parked events in order, each removed once acknowledged, until one fails. */
    private void releaseParked(String projectId) {
        Producer<String, byte[]> producer = producers.createProducer();
        for (FeedParkedEvent parkedEvent : parking.ofProject(projectId)) {
            DomainEventMessage<?> event = storedEvent(parkedEvent.globalIndex());
            Delivery delivery = new Delivery(null, event);
            try {
                producer.send(record(event), delivery);
            } catch (RuntimeException refused) {
                delivery.onCompletion(null, refused);
            }
            producer.flush();
            Exception failure = delivery.failure;
            if (failure == null) {
                transactions.executeInTransaction(() -> parking.remove(parkedEvent.globalIndex()));
                continue;
            }
            if (!isPermanent(failure)) {
                throw new FeedUnavailableException("the broker did not acknowledge the parked event", failure);
            }
            transactions.executeInTransaction(() -> parking.failedAgain(parkedEvent.globalIndex(), failure,
                    clock.instant()));
            return;
        }
    }

    /** The event stored at {@code globalIndex}, read from the store as the feed reads it (upcast). */
    private DomainEventMessage<?> storedEvent(long globalIndex) {
        TrackingToken before = globalIndex == 0 ? null
                : GapAwareTrackingToken.newInstance(globalIndex - 1, Collections.emptySet());
        try (BlockingStream<TrackedEventMessage<?>> stream = store.openStream(before)) {
            while (stream.hasNextAvailable()) {
                TrackedEventMessage<?> next = stream.nextAvailable();
                long at = next.trackingToken().position().orElse(-1);
                if (at == globalIndex && next instanceof DomainEventMessage<?> event) {
                    return event;
                }
                if (at > globalIndex) {
                    break;
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new FeedUnavailableException("interrupted while reading the parked event", interrupted);
        }
        throw new IllegalStateException("the parked event at position " + globalIndex + " is no longer in the store");
    }

    /**
     * Runs an administrator's change to the parked events on the publishing instance, between two
     * batches; another instance answers {@link FeedClaimedElsewhereException}.
     */
    private <T> T withParkingLock(java.util.function.Supplier<T> change) {
        if (position == null) {
            throw new FeedClaimedElsewhereException(new UnableToClaimTokenException(
                    "this command-service does not publish the feed now"));
        }
        try {
            if (!parkingLock.tryLock(REQUEST_PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new FeedUnavailableException("the publisher did not finish its batch within "
                        + REQUEST_PATIENCE.toSeconds() + " s: it is waiting for the broker", null);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new FeedUnavailableException("interrupted while waiting for the publisher", interrupted);
        }
        try {
            return change.get();
        } finally {
            parkingLock.unlock();
        }
    }

    private void releaseClaim() {
        position = null;
        try {
            transactions.executeInTransaction(() -> tokens.releaseClaim(NAME, SEGMENT));
        } catch (RuntimeException failed) {
            log.debug("Could not release the Kafka feed's claim; it expires by itself", failed);
        }
    }

    private void refusePendingRepublish(UnableToClaimTokenException elsewhere) {
        Republish republish = pendingRepublish.getAndSet(null);
        if (republish != null) {
            republish.taken().completeExceptionally(new FeedClaimedElsewhereException(elsewhere));
        }
    }

    private void sleepUnlessRepublishRequested(Duration pause) {
        long until = System.nanoTime() + pause.toNanos();
        while (running && pendingRepublish.get() == null && System.nanoTime() < until) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }

    private record Republish(long fromPosition, CompletableFuture<Void> taken) {
    }

    /**
     * The outcome of one record's send: its failure, if any. The producer calls back on its I/O
     * thread, or at once from {@code send} when it refuses the record before sending (too large).
     */
    private static final class Delivery implements Callback {

        private final TrackedEventMessage<?> message;
        private final DomainEventMessage<?> event;
        private volatile Exception failure;

        Delivery(TrackedEventMessage<?> message, DomainEventMessage<?> event) {
            this.message = message;
            this.event = event;
        }

        @Override
        public void onCompletion(RecordMetadata metadata, Exception exception) {
            if (exception != null) {
                failure = exception;
            }
        }
    }
}
