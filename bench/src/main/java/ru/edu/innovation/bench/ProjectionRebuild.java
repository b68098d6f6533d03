package ru.edu.innovation.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The rebuild of every projection by replay of a large store (1 million events in the full run):
 * the store is grown by copying the projects the run created under new ids, command-service is
 * stopped so nothing else reads the store, and the admin rebuild is timed to DONE. Next to it the
 * raw limit: one JDBC scan of the same table that deserializes every payload into its api record.
 */
final class ProjectionRebuild implements Scenario {

    @Override
    public String name() {
        return "rebuild of all projections by replay";
    }

    @Override
    public List<Figure> run(Run run) throws Exception {
        long target = run.quick() ? 20_000 : 1_000_000;
        long events = grow(run, target);
        run.commandService().close();

        double raw = rawScan(run);
        long started = System.nanoTime();
        run.reads().ok("admin", "/api/admin/rebuild", null);
        JsonNode status;
        Instant deadline = Instant.now().plus(Duration.ofMinutes(40));
        do {
            Thread.sleep(500);
            status = run.reads().okGet("admin", "/api/admin/rebuild");
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the rebuild did not finish in 40 minutes: " + status);
            }
        } while (!"DONE".equals(status.path("state").asText()) && !"FAILED".equals(status.path("state").asText()));
        if ("FAILED".equals(status.path("state").asText())) {
            throw new IllegalStateException("the rebuild failed: " + status);
        }
        double rate = events / ((System.nanoTime() - started) / 1e9);
        return List.of(Figure.of("rebuild by replay", "all projections from " + events + " events", rate, "events/s")
                .against("raw JDBC scan + JSON deserialization", raw)
                .target("≥ 0.5 × raw", rate >= 0.5 * raw)
                .note("Axon's default processor settings (batch of 1) not yet measured side by side"));
    }

    /** Copies the run's projects under new ids (payloads included) until the store holds {@code target} events. */
    private static long grow(Run run, long target) throws Exception {
        try (Connection connection = run.connection(); Statement sql = connection.createStatement()) {
            long originals = count(sql);
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
