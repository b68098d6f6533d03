package ru.edu.innovation.query.card;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import ru.edu.innovation.query.card.storage.ProjectCardRepository;

import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The card as it stood at any moment, replayed from the event store through the same fold as the
 * live card. A replay starts from the latest checkpoint before the moment: the whole card, held
 * events included, kept after every {@code checkpoint-interval}-th event of a project. Replaying a
 * long project from its first event takes longer than an auditor's read should (bench/findings.md);
 * from a checkpoint it replays fewer than the interval.
 * <p>
 * Checkpoints are written on a thread of their own, after the live projection has committed the
 * event they end with, so they never slow the views down; a replay that had to fold more than the
 * interval (checkpoints emptied by a rebuild) asks for the missing ones the same way.
 */
@Component
public class ProjectCardHistory implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ProjectCardHistory.class);

    private final ProjectCardRepository cards;
    private final EventStore eventStore;
    private final int interval;
    private final Map<String, Long> requested = new ConcurrentHashMap<>();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "card-checkpoints");
        thread.setDaemon(true);
        return thread;
    });

    public ProjectCardHistory(ProjectCardRepository cards, EventStore eventStore,
                              StateAtProperties properties) {
        this.cards = cards;
        this.eventStore = eventStore;
        this.interval = properties.checkpointInterval();
    }

    /** The project as it stood at the moment: every event stored no later than it, folded in order. */
    public Optional<ProjectCard> at(String projectId, Instant moment) {
        Replay replay = cards.latestCheckpointUntil(projectId, moment).map(Replay::new).orElseGet(Replay::new);
        long from = replay.card.version() + 1;
        // Events are stored in order of their timestamps; the first one after the moment ends the replay.
        replay.foldUntil(projectId, event -> event.getTimestamp().isAfter(moment), false);
        if (replay.card.version() - from + 1 > interval) {
            checkpointUpTo(projectId, replay.card.version());
        }
        return Optional.ofNullable(replay.card.projectId() == null ? null : replay.card);
    }

    /**
     * The project as it stood right after its event {@code sequence}: what a frozen report version is
     * drawn on. It starts from the latest checkpoint up to that event, as {@link #at} does.
     */
    public Optional<ProjectCard> atSequence(String projectId, long sequence) {
        Replay replay = cards.latestCheckpointUpTo(projectId, sequence).map(Replay::new).orElseGet(Replay::new);
        long from = replay.card.version() + 1;
        replay.foldUntil(projectId, event -> event.getSequenceNumber() > sequence, false);
        if (replay.card.version() - from + 1 > interval) {
            checkpointUpTo(projectId, replay.card.version());
        }
        return Optional.ofNullable(replay.card.projectId() == null || replay.card.version() != sequence ? null
                : replay.card);
    }

    /** Whether the card after the project's event {@code sequence} is kept as a checkpoint. */
    public boolean isCheckpoint(long sequence) {
        return (sequence + 1) % interval == 0;
    }

    /**
     * Writes, on the checkpoint thread, the checkpoints of the project missing up to its event
     * {@code sequence}; the caller has committed that event to its views, or only read it.
     */
    public void checkpointUpTo(String projectId, long sequence) {
        boolean[] first = {false};
        requested.compute(projectId, (id, pending) -> {
            first[0] = pending == null;
            return pending == null ? sequence : Math.max(pending, sequence);
        });
        if (first[0]) {
            writer.execute(() -> writeRequested(projectId));
        }
    }

    /** Forgets all checkpoints: the views are rebuilt, perhaps because the fold has changed. */
    public void deleteAll() {
        cards.deleteCheckpoints();
    }

    private void writeRequested(String projectId) {
        Long upTo = requested.remove(projectId);
        if (upTo == null) {
            return;
        }
        try {
            Replay replay = cards.latestCheckpointUpTo(projectId, upTo).map(Replay::new).orElseGet(Replay::new);
            replay.foldUntil(projectId, event -> event.getSequenceNumber() > upTo, true);
        } catch (RuntimeException failed) {
            // Only the speed of a later read depends on it: the next request writes what is missing.
            log.warn("Could not write the checkpoints of {} up to event {}", projectId, upTo, failed);
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        writer.shutdownNow();
        writer.awaitTermination(10, TimeUnit.SECONDS);
    }

    /** A card being replayed and the latest timestamp among the events folded into it. */
    private final class Replay {

        private final ProjectCard card;
        private Instant eventsUntil;

        Replay() {
            this.card = new ProjectCard();
            this.eventsUntil = Instant.MIN;
        }

        Replay(ProjectCardRepository.Checkpoint checkpoint) {
            this.card = checkpoint.card();
            this.eventsUntil = checkpoint.eventsUntil();
        }

        void foldUntil(String projectId, Predicate<DomainEventMessage<?>> end, boolean saveCheckpoints) {
            Iterator<? extends DomainEventMessage<?>> stream =
                    eventStore.readEvents(projectId, card.version() + 1).asStream().iterator();
            while (stream.hasNext()) {
                DomainEventMessage<?> event = stream.next();
                if (end.test(event)) {
                    return;
                }
                card.apply(event.getPayload(), EventContext.of(event));
                if (event.getTimestamp().isAfter(eventsUntil)) {
                    eventsUntil = event.getTimestamp();
                }
                if (saveCheckpoints && isCheckpoint(event.getSequenceNumber())) {
                    cards.saveCheckpoint(new ProjectCardRepository.Checkpoint(card, eventsUntil));
                }
            }
        }
    }
}
