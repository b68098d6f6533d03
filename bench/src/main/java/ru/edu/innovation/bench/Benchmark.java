package ru.edu.innovation.bench;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The benchmark: PostgreSQL (the machine's), a KRaft broker in this process, command-service and
 * query-service from their jars; every scenario measures the product next to its raw baseline in the
 * same run and the results go to {@code bench/results.md}. {@code --quick} is the CI smoke run.
 */
public final class Benchmark {

    public static void main(String[] args) throws Exception {
        boolean quick = List.of(args).contains("--quick");
        Path out = Path.of(option(args, "--out=", quick ? "target/bench-quick.md" : "bench/results.md"));
        String jdbcUrl = freshDatabase();
        Path logs = Files.createDirectories(Path.of("target", "bench-logs"));

        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 6);
        broker.afterPropertiesSet();
        List<Figure> figures = new ArrayList<>();
        int commandPort = freePort();
        int queryPort = freePort();
        Map<String, String> commandEnvironment = commandEnvironment(jdbcUrl, commandPort, broker.getBrokersAsString());
        Map<String, String> queryEnvironment = queryEnvironment(jdbcUrl, queryPort);

        System.out.println("bench: starting the services (" + (quick ? "quick" : "full") + " run)");
        try (Service commandService = Service.start("command-service", commandPort, commandEnvironment, logs);
             Service queryService = Service.start("query-service", queryPort, queryEnvironment, logs)) {
            Http commands = new Http(commandService.baseUrl());
            Run run = new Run(quick, jdbcUrl, broker.getBrokersAsString(), commandService, queryService, commands,
                    new Http(queryService.baseUrl()), new Projects(commands), queryEnvironment, logs);
            // --only=commands,steady runs the scenarios whose names contain one of the words: for profiling.
            List<String> only = List.of(option(args, "--only=", "").split(","));
            List<Scenario> scenarios = List.of(new CommandThroughput(), new ApprovalStep(), new AuditorReads(),
                    new SteadyLoad(), new FeedRepublish(), new ReportDocumentRendering());
            for (Scenario scenario : scenarios) {
                runIfNamed(scenario, only, run, figures);
            }
            List<Figure> services = new ArrayList<>();
            services.add(Figure.of("services", "command-service: time to ready", commandService.secondsToReady(), "s")
                    .target("< 20 s", commandService.secondsToReady() < 20));
            services.add(Figure.of("services", "query-service: time to ready", queryService.secondsToReady(), "s")
                    .target("< 20 s", queryService.secondsToReady() < 20));
            services.add(Figure.of("services", "command-service: resident memory after the load",
                    commandService.residentMegabytes(), "MB").target("< 700 MB", commandService.residentMegabytes() < 700));
            services.add(Figure.of("services", "query-service: resident memory after the load",
                    queryService.residentMegabytes(), "MB").target("< 700 MB", queryService.residentMegabytes() < 700));
            // Last: it grows the store and stops both services, so nothing else reads while it replays.
            runIfNamed(new ProjectionRebuild(), only, run, figures);
            figures.addAll(services);
        } finally {
            broker.destroy();
        }
        ResultsFile.write(out, quick, OffsetDateTime.now(), figures);
        System.out.println("bench: results in " + out.toAbsolutePath());
        System.exit(0);
    }

    /** Runs the scenario if its name holds one of the words of --only; a failure becomes its figure. */
    private static void runIfNamed(Scenario scenario, List<String> only, Run run, List<Figure> figures) {
        if (only.stream().noneMatch(scenario.name()::contains)) {
            return;
        }
        System.out.println("bench: " + scenario.name());
        long started = System.nanoTime();
        try {
            figures.addAll(scenario.run(run));
        } catch (Exception failed) {
            figures.add(Figure.of(scenario.name(), "scenario failed", Double.NaN, "").note(failed.toString()));
            failed.printStackTrace();
        }
        System.out.printf("bench: %s took %.0f s%n", scenario.name(), Stats.millisSince(started) / 1000);
    }

    /**
     * The benchmark's database, dropped and created anew: its own per checkout ({@code BENCH_DATABASE}),
     * so two runs on one machine do not drop each other's; the JDBC URL the services get.
     */
    static String freshDatabase() throws Exception {
        String server = System.getenv().getOrDefault("BENCH_POSTGRES_SERVER", "jdbc:postgresql://127.0.0.1:5432/");
        String database = System.getenv().getOrDefault("BENCH_DATABASE", "innovation_bench");
        try (Connection admin = DriverManager.getConnection(server + "postgres", "postgres", "");
             Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + database);
        }
        return server + database;
    }

    /** command-service's environment on the benchmark's database and broker. */
    static Map<String, String> commandEnvironment(String jdbcUrl, int port, String brokers) {
        Map<String, String> environment = databaseEnvironment(jdbcUrl);
        environment.put("COMMAND_SERVICE_PORT", Integer.toString(port));
        environment.put("KAFKA_BOOTSTRAP_SERVERS", brokers);
        return environment;
    }

    /** query-service's environment on the benchmark's database. */
    static Map<String, String> queryEnvironment(String jdbcUrl, int port) {
        Map<String, String> environment = databaseEnvironment(jdbcUrl);
        environment.put("QUERY_SERVICE_PORT", Integer.toString(port));
        return environment;
    }

    private static Map<String, String> databaseEnvironment(String jdbcUrl) {
        return new java.util.HashMap<>(Map.of("POSTGRES_URL", jdbcUrl, "POSTGRES_USER", "postgres",
                "POSTGRES_PASSWORD", ""));
    }

    static String option(String[] args, String prefix, String fallback) {
        return List.of(args).stream().filter(arg -> arg.startsWith(prefix)).map(arg -> arg.substring(prefix.length()))
                .findFirst().orElse(fallback);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
