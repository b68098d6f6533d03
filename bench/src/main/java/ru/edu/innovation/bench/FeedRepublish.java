package ru.edu.innovation.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.tools.ProducerPerformance;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Re-publishing the whole store to Kafka (the admin endpoint), timed until the publisher is back at
 * the head; next to it Kafka's own producer perf test against the same broker with records of the
 * same size.
 */
final class FeedRepublish implements Scenario {

    private static final Pattern PERF = Pattern.compile("([0-9.]+) records/sec.*?([0-9.]+) ms avg latency");

    @Override
    public String name() {
        return "Kafka feed: re-publish catch-up";
    }

    @Override
    public List<Figure> run(Run run) throws Exception {
        double[] rates = new double[run.repetitions()];
        double[] wholeSeconds = new double[run.repetitions()];
        double[] baselines = new double[run.repetitions()];
        long head = 0;
        for (int repetition = 0; repetition < run.repetitions(); repetition++) {
            long requested = System.nanoTime();
            run.commands().ok("admin", "/api/admin/feed/republish", Map.of("fromPosition", 0));
            // The rate is taken from the first position seen once the restarted publisher streams,
            // so the processor's restart (stop, token reset, segment claim) is not counted as catch-up.
            long firstPosition = -1;
            long firstSeen = 0;
            JsonNode status;
            do {
                Thread.sleep(20);
                status = run.commands().okGet("admin", "/api/admin/feed");
                long position = status.path("position").asLong(-1);
                if (firstPosition < 0 && position > 0 && status.path("running").asBoolean()) {
                    firstPosition = position;
                    firstSeen = System.nanoTime();
                }
            } while (status.path("replaying").asBoolean() || status.path("remaining").asLong(1) > 0);
            long done = System.nanoTime();
            head = status.path("head").asLong();
            if (firstPosition < 0 || firstPosition >= head) {
                // done before a poll saw it streaming (a small store): count it all, restart included
                firstPosition = 0;
                firstSeen = requested;
            }
            rates[repetition] = (head - firstPosition) / ((done - firstSeen) / 1e9);
            wholeSeconds[repetition] = (done - requested) / 1e9;
            baselines[repetition] = producerPerfTest(run, (int) Math.min(200_000, Math.max(10_000, head)));
        }
        double rate = Stats.median(rates);
        return List.of(Figure.of("Kafka feed", "re-publish catch-up (" + head + " events)", rate, "events/s")
                .against("Kafka producer perf test", Stats.median(baselines))
                .target("≥ 20 000 events/s", rate >= 20_000)
                .note(String.format(java.util.Locale.ROOT,
                        "from the admin's request to the last event sent, restart included: %.1f s",
                        Stats.median(wholeSeconds))));
    }

    private static double producerPerfTest(Run run, int records) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            ProducerPerformance.main(new String[] {"--topic", "bench-perf", "--num-records", Integer.toString(records),
                    "--record-size", "1500", "--throughput", "-1", "--producer-props",
                    "bootstrap.servers=" + run.kafkaBootstrap(), "acks=all", "enable.idempotence=true", "linger.ms=5"});
        } finally {
            System.setOut(original);
        }
        String output = captured.toString(StandardCharsets.UTF_8);
        Matcher last = null;
        Matcher matcher = PERF.matcher(output);
        while (matcher.find()) {
            last = PERF.matcher(matcher.group());
            last.find();
        }
        if (last == null) {
            throw new IllegalStateException("no result from the producer perf test: " + output);
        }
        return Double.parseDouble(last.group(1));
    }
}
