package ru.edu.innovation.query.admin;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Rebuilds every projection from the event store: each streaming processor is shut down, its
 * tokens are reset (its {@code @ResetHandler} empties its tables) and it is started again, to
 * replay the store from the tail. One rebuild at a time. While it runs, the progress — the lowest
 * position over all segments against the head of the store when the rebuild started — is logged
 * every {@code innovation.projections.rebuild.log-interval} and published as gauges.
 */
@Service
public class ProjectionRebuild {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuild.class);
    /** How often a running rebuild looks whether it is done, so that its end (and rate) is taken in time. */
    private static final Duration FOLLOW_EVERY = Duration.ofMillis(250);

    private final ProcessorPositions positions;
    private final SegmentClaims claims;
    private final TokenStore tokenStore;
    private final TransactionManager transactionManager;
    private final Clock clock;
    private final Duration logInterval;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "projection-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private Run run;

    public ProjectionRebuild(ProcessorPositions positions, SegmentClaims claims, TokenStore tokenStore,
                             TransactionManager transactionManager, Clock clock, MeterRegistry meters,
                             RebuildProperties properties) {
        this.positions = positions;
        this.claims = claims;
        this.tokenStore = tokenStore;
        this.transactionManager = transactionManager;
        this.clock = clock;
        this.logInterval = properties.logInterval();
        Gauge.builder("innovation.projection.rebuild.progress", this, rebuild -> rebuild.status().progress())
                .description("Share of the event store the running (or last) rebuild has replayed, 0..1")
                .register(meters);
        Gauge.builder("innovation.projection.rebuild.events", this, rebuild -> rebuild.status().eventsDone())
                .tag("kind", "done")
                .description("Events the running (or last) rebuild has replayed")
                .register(meters);
        Gauge.builder("innovation.projection.rebuild.events", this, rebuild -> rebuild.status().eventsTotal())
                .tag("kind", "total")
                .description("Events the running (or last) rebuild replays in all")
                .register(meters);
        Gauge.builder("innovation.projection.rebuild.rate", this, rebuild -> rebuild.status().eventsPerSecond())
                .description("Events per second the running (or last) rebuild replays")
                .register(meters);
        Gauge.builder("innovation.projection.rebuild.running", this,
                        rebuild -> rebuild.status().state() == RebuildState.RUNNING ? 1 : 0)
                .description("1 while a rebuild runs")
                .register(meters);
    }

    /** Starts a rebuild of every projection; {@link RebuildAlreadyRunningException} while one runs. */
    public synchronized RebuildStatus start() {
        if (run != null && run.state == RebuildState.RUNNING) {
            throw new RebuildAlreadyRunningException(status());
        }
        Map<String, StreamingEventProcessor> processors = positions.streamingProcessors();
        long tail = positions.tail().orElse(0);
        long head = positions.head().orElse(tail);
        Run started = new Run(processors, clock.instant(), tail, head);
        run = started;
        log.info("rebuild {}: started, {} events from the tail of the store (index {}) to its head (index {})",
                started.names(), head - tail, tail, head);
        worker.execute(() -> replay(started));
        return started.status(clock.instant());
    }

    /** The running or last rebuild, its progress read from the processors now. */
    public synchronized RebuildStatus status() {
        if (run == null) {
            return RebuildStatus.idle();
        }
        follow(run);
        return run.status(clock.instant());
    }

    private void replay(Run replaying) {
        try {
            for (StreamingEventProcessor processor : replaying.processors.values()) {
                processor.shutDown();
            }
            Map<String, Integer> segments = new LinkedHashMap<>();
            for (var processor : replaying.processors.entrySet()) {
                processor.getValue().resetTokens();
                segments.put(processor.getKey(), transactionManager.fetchInTransaction(
                        () -> tokenStore.fetchSegments(processor.getKey()).length));
            }
            synchronized (this) {
                replaying.replayStarted(segments, clock.instant());
            }
            for (StreamingEventProcessor processor : replaying.processors.values()) {
                processor.start();
            }
            synchronized (this) {
                if (replaying.state != RebuildState.RUNNING) {
                    return;
                }
                replaying.ticker = worker.scheduleWithFixedDelay(() -> tick(replaying),
                        FOLLOW_EVERY.toMillis(), FOLLOW_EVERY.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (RuntimeException failure) {
            log.error("rebuild {}: failed", replaying.names(), failure);
            for (StreamingEventProcessor processor : replaying.processors.values()) {
                startAgain(processor);
            }
            synchronized (this) {
                replaying.fail(failure, clock.instant());
            }
        }
    }

    private synchronized void tick(Run ticking) {
        follow(ticking);
        Instant now = clock.instant();
        if (ticking.state == RebuildState.RUNNING && !now.isBefore(ticking.lastLogged.plus(logInterval))) {
            ticking.lastLogged = now;
            log.info("rebuild {}: {}", ticking.names(), ticking.progress(now).describe()
                    + (ticking.error == null ? "" : " (retrying after: " + ticking.error + ")"));
        }
    }

    /**
     * Reads the segments' positions from the shared token table, not from this node's processors: with
     * another query-service on the database, that node may take over a segment this one released while
     * the tokens were reset, and replay it there. The rebuild is done once every segment has passed the
     * head it started at.
     */
    private void follow(Run following) {
        if (following.state != RebuildState.RUNNING || following.replayStartedAt == null) {
            return;
        }
        boolean complete = true;
        long lowest = Long.MAX_VALUE;
        String error = null;
        Map<String, List<SegmentClaim>> stored = claims.byProcessor();
        for (var entry : following.processors.entrySet()) {
            StreamingEventProcessor processor = entry.getValue();
            List<SegmentClaim> segments = stored.getOrDefault(entry.getKey(), List.of());
            if (!processor.isRunning() || segments.size() < following.segments.get(entry.getKey())) {
                complete = false;
            }
            for (SegmentClaim segment : segments) {
                lowest = Math.min(lowest, segment.position() == null ? following.tail : segment.position());
            }
            if (segments.isEmpty()) {
                lowest = Math.min(lowest, following.tail);
            }
            for (EventTrackerStatus segment : processor.processingStatus().values()) {
                if (segment.isErrorState()) {
                    error = entry.getKey() + " segment " + segment.getSegment().getSegmentId() + ": "
                            + segment.getError();
                }
            }
        }
        following.done = lowest - following.tail;
        following.error = error;
        if (complete && lowest >= following.head) {
            following.finish(clock.instant());
            log.info("rebuild {}: done, {} events in {} ({}/s)", following.names(), following.head - following.tail,
                    RebuildProgress.compact(Duration.between(following.replayStartedAt, following.finishedAt)),
                    Math.round(following.progress(following.finishedAt).eventsPerSecond()));
        }
    }

    private static void startAgain(StreamingEventProcessor processor) {
        try {
            if (!processor.isRunning()) {
                processor.start();
            }
        } catch (RuntimeException failure) {
            log.error("processor {} could not be started again after a failed rebuild", processor.getName(), failure);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** One rebuild; guarded by the service's lock. */
    private static final class Run {

        private final Map<String, StreamingEventProcessor> processors;
        private final Instant startedAt;
        private final long tail;
        private final long head;
        private Map<String, Integer> segments = Map.of();
        private RebuildState state = RebuildState.RUNNING;
        private Instant replayStartedAt;
        private Instant lastLogged;
        private Instant finishedAt;
        private long done;
        private String error;
        private ScheduledFuture<?> ticker;

        Run(Map<String, StreamingEventProcessor> processors, Instant startedAt, long tail, long head) {
            this.processors = processors;
            this.startedAt = startedAt;
            this.tail = tail;
            this.head = head;
        }

        List<String> processorNames() {
            return new ArrayList<>(processors.keySet());
        }

        String names() {
            return String.join(", ", processors.keySet());
        }

        void replayStarted(Map<String, Integer> segmentCounts, Instant at) {
            segments = segmentCounts;
            replayStartedAt = at;
            lastLogged = at;
        }

        void finish(Instant at) {
            state = RebuildState.DONE;
            done = head - tail;
            error = null;
            finishedAt = at;
            stopTicking();
        }

        void fail(RuntimeException failure, Instant at) {
            state = RebuildState.FAILED;
            error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
            finishedAt = at;
            stopTicking();
        }

        private void stopTicking() {
            if (ticker != null) {
                ticker.cancel(false);
            }
        }

        RebuildProgress progress(Instant now) {
            Instant from = replayStartedAt == null ? startedAt : replayStartedAt;
            Instant to = finishedAt == null ? now : finishedAt;
            return new RebuildProgress(done, head - tail, Duration.between(from, to));
        }

        RebuildStatus status(Instant now) {
            RebuildProgress progress = progress(now);
            boolean finished = state != RebuildState.RUNNING;
            return new RebuildStatus(state, processorNames(), startedAt, finishedAt, progress.total(), progress.done(),
                    state == RebuildState.DONE ? 1 : progress.fraction(), Math.round(progress.eventsPerSecond()),
                    finished ? null : progress.timeLeft(), error);
        }
    }
}
