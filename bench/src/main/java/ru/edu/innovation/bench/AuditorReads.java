package ru.edu.innovation.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The auditor on a project with 10 000 events: its history (a page of 500 and all of it) and its
 * state at a moment halfway through, next to a raw SELECT of the same rows. Each read is timed to
 * the last byte of the answer, as the raw SELECT is timed to its last row: neither is parsed.
 */
final class AuditorReads implements Scenario {

    @Override
    public String name() {
        return "auditor: history and state of a long project";
    }

    /** The largest page the history API serves. */
    private static final int PAGE = 2000;
    /** query-service's default innovation.state-at.checkpoint-interval. */
    private static final long CHECKPOINT_INTERVAL = 1000;

    @Override
    public List<Figure> run(Run run) throws Exception {
        int events = run.quick() ? 300 : 10_000;
        String project = run.projects().activeProject();
        fill(run, project, events);
        long total = run.reads().okGet("auditor", "/api/projects/" + project + "/history?size=1").path("total").asLong();
        Instant halfway = timestampOf(run, project, total / 2);
        // The product keeps the card after every 1000th event of a project (checkpoint-interval): halfway
        // lands just after one, so the moment before the one preceding it, which replays 999 events, is timed too.
        long beforeCheckpoint = total / 2 / CHECKPOINT_INTERVAL * CHECKPOINT_INTERVAL - 2;
        Instant worst = timestampOf(run, project, beforeCheckpoint >= 0 ? beforeCheckpoint : total / 2);
        checkPagesCoverTheStream(run, project, total);
        int samples = run.quick() ? 3 : 15;
        List<Double> page = new ArrayList<>();
        List<Double> whole = new ArrayList<>();
        List<Double> state = new ArrayList<>();
        List<Double> stateWorst = new ArrayList<>();
        List<Double> rawAll = new ArrayList<>();
        List<Double> rawHalf = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            page.add(timed(() -> run.reads().okReceive("auditor", "/api/projects/" + project + "/history?page=0&size=500")));
            whole.add(timed(() -> {
                for (int p = 0; p * (long) PAGE < total; p++) {
                    run.reads().okReceive("auditor", "/api/projects/" + project + "/history?page=" + p + "&size=" + PAGE);
                }
            }));
            state.add(timed(() -> run.reads().okReceive("auditor", "/api/projects/" + project + "/state?at=" + halfway)));
            stateWorst.add(timed(() -> run.reads().okReceive("auditor", "/api/projects/" + project + "/state?at=" + worst)));
            rawAll.add(timed(() -> rawSelect(run, project, Long.MAX_VALUE)));
            rawHalf.add(timed(() -> rawSelect(run, project, total / 2)));
        }
        String group = "auditor: project with " + total + " events";
        double wholeP50 = Stats.percentile(whole, 50);
        double stateP50 = Stats.percentile(state, 50);
        double stateWorstP50 = Stats.percentile(stateWorst, 50);
        return List.of(
                Figure.of(group, "history, first page of 500 (p50)", Stats.percentile(page, 50), "ms")
                        .against("raw SELECT of the whole stream", Stats.percentile(rawAll, 50)),
                Figure.of(group, "history, all events in pages of " + PAGE + " (the API's largest) (p50)", wholeP50, "ms")
                        .against("raw SELECT of the whole stream", Stats.percentile(rawAll, 50))
                        .target("< 150 ms", wholeP50 < 150),
                Figure.of(group, "state at a moment halfway (p50)", stateP50, "ms")
                        .against("raw SELECT of the stream up to it", Stats.percentile(rawHalf, 50))
                        .target("< 100 ms", stateP50 < 100),
                Figure.of(group, "state at a moment " + (CHECKPOINT_INTERVAL - 1)
                                + " events after the card's last checkpoint (p50)", stateWorstP50, "ms")
                        .against("raw SELECT of the stream up to halfway", Stats.percentile(rawHalf, 50))
                        .target("< 100 ms", stateWorstP50 < 100)
                        .note(beforeCheckpoint >= 0 ? "the slowest position" : "no checkpoint yet: as halfway"));
    }

    /** Once, untimed: the pages the timed reads fetch hold every stored event, each once, in order. */
    private static void checkPagesCoverTheStream(Run run, String project, long total) {
        long expected = 0;
        for (int p = 0; p * (long) PAGE < total; p++) {
            for (var event : run.reads().okGet("auditor", "/api/projects/" + project + "/history?page=" + p + "&size=" + PAGE)
                    .path("events")) {
                if (event.path("sequence").asLong() != expected++ || !event.path("payload").isObject()) {
                    throw new IllegalStateException("history page " + p + " of " + project + ": unexpected " + event);
                }
            }
        }
        if (expected != total) {
            throw new IllegalStateException("history of " + project + ": " + expected + " events in pages, total " + total);
        }
    }

    private static void fill(Run run, String project, int events) throws Exception {
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        List<java.util.concurrent.Future<?>> jobs = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            jobs.add(pool.submit(() -> {
                int number;
                while ((number = next.incrementAndGet()) <= events) {
                    run.commands().ok("sikora", "/api/projects/" + project + "/held-events", Projects.heldEvent(number));
                }
                return null;
            }));
        }
        for (var job : jobs) {
            job.get();
        }
        pool.shutdown();
    }

    interface Action {
        void run() throws Exception;
    }

    private static double timed(Action action) throws Exception {
        long started = System.nanoTime();
        action.run();
        return Stats.millisSince(started);
    }

    private static void rawSelect(Run run, String project, long upTo) throws Exception {
        try (Connection connection = run.connection();
             PreparedStatement query = connection.prepareStatement("""
                     SELECT event_identifier, sequence_number, time_stamp, payload_type, payload, meta_data
                       FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number <= ?
                      ORDER BY sequence_number""")) {
            query.setString(1, project);
            query.setLong(2, upTo);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    rows.getBytes("payload");
                    rows.getBytes("meta_data");
                }
            }
        }
    }

    private static Instant timestampOf(Run run, String project, long sequence) throws Exception {
        try (Connection connection = run.connection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT time_stamp FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = ?")) {
            query.setString(1, project);
            query.setLong(2, sequence);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return Instant.parse(row.getString(1));
            }
        }
    }
}
