package ru.edu.innovation.query;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * command-service, started from its jar as its own process next to the query-service under test,
 * on the same database: the read side is tested against events that real commands and approval
 * tasks stored. Started once per test run and stopped when the JVM exits. The jar is built by the
 * reactor before this module's tests ({@code mvn verify} from the root).
 */
public final class CommandServiceProcess {

    private static CommandServiceProcess running;

    private final Process process;
    private final String baseUrl;

    private CommandServiceProcess(Process process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    public static synchronized CommandServiceProcess start(String jdbcUrl) {
        if (running != null) {
            return running;
        }
        try {
            int port = freePort();
            Path log = Files.createTempFile("command-service-", ".log");
            ProcessBuilder builder = new ProcessBuilder(List.of(javaBinary(), "-Xmx512m", "-jar", jar().toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("POSTGRES_URL", jdbcUrl);
            builder.environment().put("POSTGRES_USER", "postgres");
            builder.environment().put("POSTGRES_PASSWORD", "");
            builder.environment().put("COMMAND_SERVICE_PORT", Integer.toString(port));
            // The read side is tested on the event store; the Kafka feed has tests of its own.
            builder.environment().put("KAFKA_FEED_ENABLED", "false");
            Process process = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            String baseUrl = "http://127.0.0.1:" + port;
            awaitHealthy(process, baseUrl, log);
            running = new CommandServiceProcess(process, baseUrl);
            return running;
        } catch (IOException e) {
            throw new IllegalStateException("command-service could not be started", e);
        }
    }

    public String baseUrl() {
        return baseUrl;
    }

    private static void awaitHealthy(Process process, String baseUrl, Path log) {
        HttpClient http = HttpClient.newHttpClient();
        // A machine shared by several builds may start it slower: -Dtest.command-service.start-seconds=300.
        long seconds = Long.getLong("test.command-service.start-seconds", 120);
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("command-service exited; see " + log);
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while starting command-service", interrupted);
            }
            sleep();
        }
        process.destroy();
        throw new IllegalStateException("command-service did not become healthy in " + seconds + " s; see " + log);
    }

    private static Path jar() throws IOException {
        Path target = Path.of("..", "command-service", "target");
        try (var files = Files.list(target)) {
            return files.filter(file -> file.getFileName().toString().matches("command-service-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("build command-service first: no jar in " + target));
        }
    }

    private static String javaBinary() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
