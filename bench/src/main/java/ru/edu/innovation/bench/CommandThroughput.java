package ru.edu.innovation.bench;

import ru.edu.innovation.bench.endpoint.InsertEndpoint;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToDoubleFunction;

/**
 * «Record a held event» through the REST API by 1, 4 and 16 clients, each on a project of its own,
 * as fast as they can; next to it the raw limit: single-row INSERTs of rows of the same size into a
 * table shaped like the event store, by as many connections, each its own transaction; and the same
 * HTTP request to an endpoint on the same web stack that only does that INSERT ({@link InsertEndpoint}),
 * which shows how much of the gap is the HTTP request and how much the engine. All are
 * warmed up first, as a JMH fork is: this is the first scenario after the services start, and C2
 * compiles the command path on one of the two cores for a minute or more of load.
 */
final class CommandThroughput implements Scenario {

    private static final AtomicInteger EVENT_NUMBERS = new AtomicInteger();
    private static final int WARM_UP_SECONDS = 60;
    private static final String BARE = "HTTP endpoint, INSERT only";

    @Override
    public String name() {
        return "commands through the REST API (record a held event)";
    }

    @Override
    public List<Figure> run(Run run) throws Exception {
        List<Integer> concurrencies = run.quick() ? List.of(1, 4) : List.of(1, 4, 16);
        int clients = Collections.max(concurrencies);
        List<String> projects = Projects.many(clients, run.projects()::activeProject);
        createBaselineTable(run);
        int rowBytes = storedRowBytes(run, projects.get(0));
        int port = Benchmark.freePort();
        try (Service endpoint = Service.startBaseline(InsertEndpoint.class, "insert-endpoint", port, Map.of(
                "SERVER_PORT", Integer.toString(port), "SPRING_DATASOURCE_URL", run.jdbcUrl(),
                "SPRING_DATASOURCE_USERNAME", "postgres", "SPRING_DATASOURCE_PASSWORD", ""), run.logs())) {
            Http bare = new Http(endpoint.baseUrl());
            int warmUp = run.seconds(WARM_UP_SECONDS);
            System.out.printf("bench: warming up, %d s each of commands, raw INSERTs and the bare endpoint by %d clients%n",
                    warmUp, clients);
            closedLoop(clients, warmUp, client -> recordHeldEvent(run.commands(), projects.get(client)));
            rawInserts(run, clients, warmUp, rowBytes);
            closedLoop(clients, warmUp, client -> recordHeldEvent(bare, projects.get(client)));
            List<Figure> figures = new ArrayList<>();
            for (int concurrency : concurrencies) {
                figures.addAll(measure(run, bare, projects, concurrency, rowBytes,
                        "rows of " + rowBytes + " bytes (payload + metadata); after " + warmUp
                                + " s of warm-up by " + clients + " clients"));
            }
            return figures;
        }
    }

    private static List<Figure> measure(Run run, Http bare, List<String> projects, int concurrency, int rowBytes,
                                        String note) throws Exception {
        List<Measured> products = new ArrayList<>();
        List<Measured> raws = new ArrayList<>();
        List<Measured> endpoints = new ArrayList<>();
        for (int repetition = 0; repetition < run.repetitions(); repetition++) {
            products.add(closedLoop(concurrency, run.seconds(10),
                    client -> recordHeldEvent(run.commands(), projects.get(client))));
            raws.add(rawInserts(run, concurrency, run.seconds(10), rowBytes));
            endpoints.add(closedLoop(concurrency, run.seconds(10),
                    client -> recordHeldEvent(bare, projects.get(client))));
        }
        String group = "commands, concurrency " + concurrency;
        double rate = median(products, Measured::rate);
        double rawRate = median(raws, Measured::rate);
        double bareRate = median(endpoints, Measured::rate);
        return List.of(
                Figure.of(group, "rate", rate, "commands/s").against("raw JDBC INSERT", rawRate)
                        .target("≥ 0.5 × baseline", rate >= 0.5 * rawRate).note(note),
                Figure.of(group, "rate", rate, "commands/s").against(BARE + " rate", bareRate)
                        .note("what the engine costs on top of the HTTP request"),
                Figure.of(group, BARE + " rate", bareRate, "requests/s").against("raw JDBC INSERT", rawRate)
                        .note("the most a command over HTTP reaches here: Spring MVC, Security (Basic), Jackson, "
                                + "validation, one INSERT in its own transaction"),
                Figure.of(group, "latency p50", median(products, measured -> measured.percentile(50)), "ms"),
                Figure.of(group, "latency p99", median(products, measured -> measured.percentile(99)), "ms")
                        .against("raw JDBC INSERT p99", median(raws, measured -> measured.percentile(99))),
                Figure.of(group, BARE + " latency p99", median(endpoints, measured -> measured.percentile(99)), "ms"));
    }

    private static double median(List<Measured> repetitions, ToDoubleFunction<Measured> figure) {
        return Stats.median(repetitions.stream().mapToDouble(figure).toArray());
    }

    private static void recordHeldEvent(Http api, String project) throws Exception {
        Http.Response response = api.post("sikora", "/api/projects/" + project + "/held-events",
                Projects.heldEvent(EVENT_NUMBERS.incrementAndGet()));
        if (response.status() != 201) {
            throw new IllegalStateException(response.status() + " " + response.body());
        }
    }

    interface Call {
        void perform(int client) throws Exception;
    }

    record Measured(int count, double seconds, List<Double> latencies) {
        double rate() {
            return count / seconds;
        }

        double percentile(double p) {
            return Stats.percentile(latencies, p);
        }
    }

    static Measured closedLoop(int clients, int seconds, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        List<Future<List<Double>>> results = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            int id = client;
            results.add(pool.submit(() -> {
                List<Double> latencies = new ArrayList<>();
                while (System.nanoTime() < end) {
                    long sent = System.nanoTime();
                    call.perform(id);
                    latencies.add(Stats.millisSince(sent));
                }
                return latencies;
            }));
        }
        List<Double> all = new ArrayList<>();
        for (Future<List<Double>> result : results) {
            all.addAll(result.get());
        }
        pool.shutdown();
        return new Measured(all.size(), (System.nanoTime() - start) / 1e9, all);
    }

    private static Measured rawInserts(Run run, int clients, int seconds, int rowBytes) throws Exception {
        byte[] payload = new byte[rowBytes * 3 / 4];
        byte[] metaData = new byte[rowBytes - payload.length];
        java.util.Arrays.fill(payload, (byte) 'x');
        java.util.Arrays.fill(metaData, (byte) 'm');
        List<Connection> connections = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            connections.add(run.connection());
        }
        try {
            return closedLoop(clients, seconds, client -> {
                try (PreparedStatement insert = connections.get(client).prepareStatement(InsertEndpoint.INSERT_ROW)) {
                    insert.setString(1, UUID.randomUUID().toString());
                    insert.setString(2, "bench-" + client);
                    insert.setLong(3, System.nanoTime());
                    insert.setString(4, java.time.Instant.now().toString());
                    insert.setBytes(5, payload);
                    insert.setBytes(6, metaData);
                    insert.executeUpdate();
                }
            });
        } finally {
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }

    private static void createBaselineTable(Run run) throws Exception {
        try (Connection connection = run.connection(); var sql = connection.createStatement()) {
            sql.execute("DROP TABLE IF EXISTS bench_event_entry");
            sql.execute("CREATE TABLE bench_event_entry (LIKE domain_event_entry INCLUDING ALL)");
            sql.execute("ALTER TABLE bench_event_entry ALTER COLUMN global_index DROP DEFAULT");
            sql.execute("CREATE SEQUENCE IF NOT EXISTS bench_event_entry_seq");
            sql.execute("ALTER TABLE bench_event_entry ALTER COLUMN global_index SET DEFAULT nextval('bench_event_entry_seq')");
        }
    }

    /** The size of a stored «held event» row's payload and metadata, for baseline rows of the same size. */
    private static int storedRowBytes(Run run, String project) throws Exception {
        run.commands().ok("sikora", "/api/projects/" + project + "/held-events", Projects.heldEvent(0));
        try (Connection connection = run.connection();
             PreparedStatement query = connection.prepareStatement("""
                     SELECT avg(length(payload) + length(meta_data)) FROM domain_event_entry
                      WHERE payload_type LIKE '%HeldEventRecordedEvent'""");
             ResultSet row = query.executeQuery()) {
            row.next();
            return (int) Math.round(row.getDouble(1));
        }
    }
}
