package ru.edu.innovation.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rebuild of every projection by replay of a large store (1 million events in the full run):
 * the store is grown by copying the projects the run created under new ids, both services are
 * stopped so nothing else reads the store, and the admin rebuild of a query-service started anew is
 * timed to DONE, repeatedly by the same service (the median is reported, and the first, cold one
 * too). Next to it, in the same run, the two baselines: one JDBC scan of the same table that deserializes every payload
 * into its api record (the raw limit), and query-service started with Axon's default processor
 * settings (one tracking thread and segment, a batch of one event, 100 events per store query),
 * whose replay rate is taken over a fixed window: at its pace the whole store would take most of an
 * hour.
 */
final class ProjectionRebuild implements Scenario {

    /** Axon's own defaults for a tracking processor and the JDBC storage engine's fetch size. */
    private static final Map<String, String> AXON_DEFAULTS = Map.of("PROJECTION_BATCH_SIZE", "1",
            "PROJECTION_SEGMENTS", "1", "PROJECTION_THREADS", "1", "EVENT_STORE_FETCH_BATCH_SIZE", "100");

    @Override
    public String name() {
        return "rebuild of all projections by replay";
    }

    @Override
    public List<Figure> run(Run run) throws Exception {
        long target = run.quick() ? 20_000 : 1_000_000;
        long events = grow(run, target);
        // Both services stopped before the raw scans too: query-service would still be folding the
        // events just copied in, on the same two cores.
        run.commandService().close();
        run.queryService().close();
        double[] raw = new double[run.repetitions()];
        for (int repetition = 0; repetition < raw.length; repetition++) {
            raw[repetition] = rawScan(run);
        }

        Duration window = Duration.ofSeconds(run.quick() ? 3 : 90);
        double defaults;
        try (Service axonDefaults = startQueryService(run, "query-service-axon-defaults", AXON_DEFAULTS)) {
            defaults = replayRateOver(new Http(axonDefaults.baseUrl()), window);
        }
        // Rebuilt again and again by one service, as every other figure is a median of repetitions: the
        // first starts with the JIT cold (C2 took two fifths of the service's CPU through it).
        double[] rates = new double[run.repetitions()];
        double[] replayRates = new double[rates.length];
        try (Service product = startQueryService(run, "query-service-rebuild", Map.of())) {
            Http admin = new Http(product.baseUrl());
            for (int repetition = 0; repetition < rates.length; repetition++) {
                long started = System.nanoTime();
                startRebuild(admin);
                JsonNode done = awaitDone(admin, Duration.ofMinutes(40));
                rates[repetition] = events / ((System.nanoTime() - started) / 1e9);
                replayRates[repetition] = done.path("eventsPerSecond").asDouble();
            }
        }
        double rate = Stats.median(rates);
        double rawRate = Stats.median(raw);
        return List.of(
                Figure.of("rebuild by replay", "all projections from " + events + " events", rate, "events/s")
                        .against("raw JDBC scan + JSON deserialization", rawRate)
                        .target("≥ 0.5 × raw", rate >= 0.5 * rawRate)
                        .note("median of " + rates.length + " rebuilds by one service"),
                Figure.of("rebuild by replay", "the replay alone, as the service times it", Stats.median(replayRates),
                                "events/s")
                        .against("raw JDBC scan + JSON deserialization", rawRate)
                        .note("from the processors' restart to the last event; the figure above also counts stopping "
                                + "them, and a caught-up segment notices the stop only when its wait for events ends "
                                + "(Axon's event availability timeout, 1 s)"),
                Figure.of("rebuild by replay", "the first rebuild after the service's start", rates[0], "events/s")
                        .against("raw JDBC scan + JSON deserialization", rawRate)
                        .note("the JIT compiling alongside"),
                Figure.of("rebuild by replay", "the same, against Axon's default processor settings", rate, "events/s")
                        .against("Axon defaults: batch 1, one segment, fetch 100", defaults)
                        .target("≥ 20 × defaults", rate >= 20 * defaults)
                        .note("the defaults' rate over their first " + window.toSeconds() + " s of the replay"));
    }

    /**
     * Starts query-service on the grown store with fresh processor tokens, so the segment count of
     * its settings is the one its processors are initialized with.
     */
    private static Service startQueryService(Run run, String label, Map<String, String> settings) throws Exception {
        try (Connection connection = run.connection(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("DELETE FROM query_token_entry");
        }
        Map<String, String> environment = new HashMap<>(run.queryEnvironment());
        environment.putAll(settings);
        int port = Integer.parseInt(environment.get("QUERY_SERVICE_PORT"));
        return Service.startLive("query-service", label, port, environment, run.logs());
    }

    private static void startRebuild(Http reads) throws Exception {
        reads.ok("admin", "/api/admin/rebuild", null);
    }

    /** Events per second a rebuild replays in its first {@code window}. */
    private static double replayRateOver(Http reads, Duration window) throws Exception {
        long started = System.nanoTime();
        startRebuild(reads);
        Thread.sleep(window.toMillis());
        JsonNode status = reads.okGet("admin", "/api/admin/rebuild");
        return status.path("eventsDone").asLong() / ((System.nanoTime() - started) / 1e9);
    }

    /** The rebuild's status once it is DONE. */
    private static JsonNode awaitDone(Http reads, Duration limit) throws Exception {
        JsonNode status;
        Instant deadline = Instant.now().plus(limit);
        do {
            Thread.sleep(200);
            status = reads.okGet("admin", "/api/admin/rebuild");
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the rebuild did not finish in " + limit.toMinutes() + " min: " + status);
            }
        } while (!"DONE".equals(status.path("state").asText()) && !"FAILED".equals(status.path("state").asText()));
        if ("FAILED".equals(status.path("state").asText())) {
            throw new IllegalStateException("the rebuild failed: " + status);
        }
        return status;
    }

    /** Copies the run's projects under new ids (payloads included) until the store holds {@code target} events. */
    private static long grow(Run run, long target) throws Exception {
        try (Connection connection = run.connection(); Statement sql = connection.createStatement()) {
            long originals = count(sql);
            if (originals == 0) {
                throw new IllegalStateException("the store is empty: run the rebuild with a scenario that creates "
                        + "projects first (--only=auditor,rebuild), or in the full run");
            }
            int copy = 0;
            while (count(sql) < target) {
                copy++;
                String suffix = "-copy" + copy;
                sql.executeUpdate("""
                        INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                            time_stamp, payload_type, payload_revision, payload, meta_data)
                        SELECT event_identifier || '%1$s', aggregate_identifier || '%1$s', sequence_number, type,
                               time_stamp, payload_type, payload_revision,
                               convert_to(replace(convert_from(payload, 'UTF8'), aggregate_identifier,
                                                  aggregate_identifier || '%1$s'), 'UTF8'),
                               meta_data
                          FROM domain_event_entry
                         WHERE aggregate_identifier NOT LIKE '%%-copy%%'
                         ORDER BY global_index""".formatted(suffix));
            }
            System.out.printf("bench: the store grew from %d to %d events%n", originals, count(sql));
            return count(sql);
        }
    }

    private static long count(Statement sql) throws Exception {
        try (ResultSet row = sql.executeQuery("SELECT count(*) FROM domain_event_entry")) {
            row.next();
            return row.getLong(1);
        }
    }

    private static double rawScan(Run run) throws Exception {
        long started = System.nanoTime();
        long rows = 0;
        try (Connection connection = run.connection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement scan = connection.prepareStatement(
                    "SELECT payload_type, payload FROM domain_event_entry ORDER BY global_index")) {
                scan.setFetchSize(1000);
                try (ResultSet row = scan.executeQuery()) {
                    Map<String, Class<?>> types = new java.util.HashMap<>();
                    while (row.next()) {
                        String type = row.getString(1);
                        Class<?> payloadType = types.computeIfAbsent(type, ProjectionRebuild::load);
                        Http.JSON.readValue(row.getBytes(2), payloadType);
                        rows++;
                    }
                }
            }
        }
        return rows / ((System.nanoTime() - started) / 1e9);
    }

    private static Class<?> load(String type) {
        try {
            return Class.forName(type);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(type, e);
        }
    }
}
