package ru.edu.innovation.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A steady 200 commands/s (open loop, spread over 16 projects) for the figures that need a known
 * rate: the command latency, the projection lag (answered command → its version visible in
 * query-service's table) and the feed's latency (answered command → its event at a consumer).
 * Both lags are measured from the command's answer, which comes just after its commit.
 */
final class SteadyLoad implements Scenario {

    private static final AtomicInteger NUMBERS = new AtomicInteger(1_000_000);

    @Override
    public String name() {
        return "steady load: 200 commands/s";
    }

    @Override
    public List<Figure> run(Run run) throws Exception {
        int rate = run.quick() ? 50 : 200;
        int seconds = run.seconds(20);
        List<String> projects = Projects.many(run.quick() ? 4 : 16, run.projects()::activeProject);
        double[] commandP99 = new double[run.repetitions()];
        double[] lagP99 = new double[run.repetitions()];
        double[] lagP50 = new double[run.repetitions()];
        double[] feedP99 = new double[run.repetitions()];
        double[] feedP50 = new double[run.repetitions()];
        double[] achieved = new double[run.repetitions()];
        // One repetition first, discarded: C2 is still compiling what this load adds to the commands
        // scenario's warm-up (the feed's consumer, the watchers), in both the benchmark and the services.
        int discarded = run.quick() ? 0 : 1;
        for (int repetition = -discarded; repetition < run.repetitions(); repetition++) {
            Map<String, Long> answeredAt = new ConcurrentHashMap<>();
            List<Double> commandLatencies = java.util.Collections.synchronizedList(new ArrayList<>());
            List<String> trace = java.util.Collections.synchronizedList(new ArrayList<>());
            List<Double> lags = java.util.Collections.synchronizedList(new ArrayList<>());
            List<Double> feed = java.util.Collections.synchronizedList(new ArrayList<>());
            Map<String, Long> visibleSeen = new ConcurrentHashMap<>();
            Map<String, Long> feedSeen = new ConcurrentHashMap<>();
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService watchers = Executors.newFixedThreadPool(2);
            Future<?> projection = watchers.submit(() -> watchProjection(run, projects, running, visibleSeen));
            Future<?> consumer = watchers.submit(() -> watchFeed(run, projects, running, feedSeen));
            Thread.sleep(1500);

            ExecutorService senders = Executors.newFixedThreadPool(32);
            long start = System.nanoTime();
            long startedAt = System.currentTimeMillis();
            long interval = 1_000_000_000L / rate;
            int total = rate * seconds;
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < total; i++) {
                long due = start + i * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                String project = projects.get(i % projects.size());
                sent.add(senders.submit(() -> {
                    long before = System.nanoTime();
                    Http.Response response = run.commands().post("sikora", "/api/projects/" + project + "/held-events",
                            Projects.heldEvent(NUMBERS.incrementAndGet()));
                    long after = System.nanoTime();
                    commandLatencies.add((after - before) / 1e6);
                    trace.add(String.format(java.util.Locale.ROOT, "%.1f,%d,%.2f,%s,%d", (before - start) / 1e6,
                            startedAt + (before - start) / 1_000_000, (after - before) / 1e6, project, response.status()));
                    if (response.status() == 201) {
                        answeredAt.put(project + "#" + response.json().path("version").asLong(), after);
                    }
                    return null;
                }));
            }
            for (Future<?> each : sent) {
                each.get();
            }
            double rateAchieved = total / ((System.nanoTime() - start) / 1e9);
            // Each command's moment and latency, to see when the slowest ones came (GC, JIT, a snapshot);
            // the wall clock, to line them up with the services' logs and samples taken outside.
            trace.add(0, "sent_ms,sent_at_epoch_ms,latency_ms,project,status");
            java.nio.file.Files.write(run.logs().resolve(
                    repetition < 0 ? "steady-warm-up.csv" : "steady-" + (repetition + 1) + ".csv"), trace);
            senders.shutdown();
            Thread.sleep(3000);
            running.set(false);
            projection.get();
            consumer.get();
            watchers.shutdown();
            answeredAt.forEach((key, answered) -> {
                Long visible = visibleSeen.get(key);
                if (visible != null) {
                    lags.add(Math.max(0, (visible - answered) / 1e6));
                }
                Long received = feedSeen.get(key);
                if (received != null) {
                    feed.add(Math.max(0, (received - answered) / 1e6));
                }
            });
            if (repetition < 0) {
                continue;
            }
            achieved[repetition] = rateAchieved;
            commandP99[repetition] = Stats.percentile(commandLatencies, 99);
            lagP99[repetition] = Stats.percentile(lags, 99);
            lagP50[repetition] = Stats.percentile(lags, 50);
            feedP99[repetition] = Stats.percentile(feed, 99);
            feedP50[repetition] = Stats.percentile(feed, 50);
        }
        String group = "steady load of " + rate + " commands/s";
        double command = Stats.median(commandP99);
        double lag = Stats.median(lagP99);
        double kafka = Stats.median(feedP99);
        return List.of(
                Figure.of(group, "rate achieved", Stats.median(achieved), "commands/s"),
                Figure.of(group, "command latency p99", command, "ms").target("< 50 ms", command < 50)
                        .note(run.quick() ? "" : "after one discarded repetition of 20 s (JIT); each command in "
                                + "target/bench-logs/steady-N.csv"),
                Figure.of(group, "projection lag p50", Stats.median(lagP50), "ms"),
                Figure.of(group, "projection lag p99", lag, "ms").target("< 100 ms", lag < 100)
                        .note("polled every 5 ms in query-service's table"),
                Figure.of(group, "Kafka: committed → consumer receives, p50", Stats.median(feedP50), "ms"),
                Figure.of(group, "Kafka: committed → consumer receives, p99", kafka, "ms").target("< 250 ms", kafka < 250));
    }

    /** Records when each (project, version) first shows in query-service's project_card table. */
    private static Void watchProjection(Run run, List<String> projects, AtomicBoolean running,
                                        Map<String, Long> seen) throws Exception {
        Map<String, Long> last = new java.util.HashMap<>();
        try (Connection connection = run.connection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT project_id, version FROM project_card WHERE project_id = ANY (?)")) {
            query.setArray(1, connection.createArrayOf("varchar", projects.toArray()));
            while (running.get()) {
                try (ResultSet rows = query.executeQuery()) {
                    long now = System.nanoTime();
                    while (rows.next()) {
                        String project = rows.getString(1);
                        long version = rows.getLong(2);
                        long previous = last.getOrDefault(project, version);
                        for (long v = previous + 1; v <= version; v++) {
                            seen.putIfAbsent(project + "#" + v, now);
                        }
                        last.put(project, version);
                    }
                }
                Thread.sleep(5);
            }
        }
        return null;
    }

    /** Records when each (project, sequence number) arrives at a consumer of the feed. */
    private static Void watchFeed(Run run, List<String> projects, AtomicBoolean running, Map<String, Long> seen) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, run.kafkaBootstrap());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of("innovation.project-events.v1"));
            while (running.get()) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(20))) {
                    long now = System.nanoTime();
                    if (projects.contains(record.key())) {
                        try {
                            JsonNode event = Http.JSON.readTree(record.value());
                            seen.putIfAbsent(record.key() + "#" + event.path("sequencenumber").asLong(), now);
                        } catch (java.io.IOException ignored) {
                            // not ours to judge here
                        }
                    }
                }
            }
        }
        return null;
    }
}
