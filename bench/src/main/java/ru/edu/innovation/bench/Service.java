package ru.edu.innovation.bench;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One of the product's services, started as its own process as the Dockerfile deploys it: the jar
 * unpacked into a thin jar and its libraries, with the image's bounded heap.
 */
public final class Service implements AutoCloseable {

    private final String name;
    private final Process process;
    private final String baseUrl;
    private final double secondsToReady;

    private Service(String name, Process process, String baseUrl, double secondsToReady) {
        this.name = name;
        this.process = process;
        this.baseUrl = baseUrl;
        this.secondsToReady = secondsToReady;
    }

    public static Service start(String module, int port, Map<String, String> environment, Path logDir)
            throws IOException, InterruptedException {
        return start(module, module, port, environment, logDir, "/actuator/health/readiness");
    }

    /**
     * Starts {@code module} once more, its output in {@code <label>.log}, and waits until it is live
     * (not ready: query-service is ready only once its views have caught up with the store).
     */
    public static Service startLive(String module, String label, int port, Map<String, String> environment,
                                    Path logDir) throws IOException, InterruptedException {
        return start(module, label, port, environment, logDir, "/actuator/health/liveness");
    }

    /**
     * Starts a main class of the benchmark's own jar (a baseline that is a service) with command-service's
     * JVM options, and waits until it is ready.
     */
    public static Service startBaseline(Class<?> main, String label, int port, Map<String, String> environment,
                                        Path logDir) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaBinary()));
        command.addAll(List.of(javaOptions("command-service").trim().split("\\s+")));
        command.addAll(List.of("-cp", unpacked("bench").toString(), main.getName()));
        return start(label, command, port, environment, logDir, "/actuator/health/readiness");
    }

    private static Service start(String module, String label, int port, Map<String, String> environment, Path logDir,
                                 String health) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaBinary()));
        command.addAll(List.of(javaOptions(module).trim().split("\\s+")));
        command.addAll(List.of("-jar", unpacked(module).toString()));
        return start(label, command, port, environment, logDir, health);
    }

    private static Service start(String label, List<String> command, int port, Map<String, String> environment,
                                 Path logDir, String health) throws IOException, InterruptedException {
        Path log = logDir.resolve(label + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        long started = System.nanoTime();
        Process process = builder.start();
        String baseUrl = "http://127.0.0.1:" + port;
        HttpClient http = HttpClient.newHttpClient();
        long deadline = started + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(label + " exited while starting; see " + log);
            }
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(
                        URI.create(baseUrl + health)).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200 && ready.body().contains("UP")) {
                    return new Service(label, process, baseUrl, (System.nanoTime() - started) / 1e9);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        process.destroyForcibly();
        throw new IllegalStateException(label + " was not ready within 3 minutes; see " + log);
    }

    public String name() {
        return name;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public double secondsToReady() {
        return secondsToReady;
    }

    public long pid() {
        return process.pid();
    }

    /** Resident memory of the process now, in MB (Linux /proc). */
    public double residentMegabytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /** The module's jar unpacked as in the Dockerfile, once per build of the jar. */
    private static Path unpacked(String module) throws IOException, InterruptedException {
        Path jar = jar(module);
        Path directory = Path.of("target", "bench-apps", module);
        Path thin = directory.resolve("app.jar");
        if (Files.exists(thin) && !Files.getLastModifiedTime(thin).toInstant()
                .isBefore(Files.getLastModifiedTime(jar).toInstant())) {
            return thin;
        }
        if (Files.exists(directory)) {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        Process extract = new ProcessBuilder(javaBinary(), "-Djarmode=tools", "-jar", jar.toString(), "extract",
                "--destination", directory.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (extract.waitFor() != 0) {
            throw new IllegalStateException("could not unpack " + jar);
        }
        Files.move(directory.resolve(jar.getFileName()), thin);
        return thin;
    }

    private static Path jar(String module) throws IOException {
        Path target = Path.of(module, "target");
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(file -> file.getFileName().toString().matches(module + "-[0-9][^-]*(-SNAPSHOT)?\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("build first: no jar in " + target));
        }
    }

    /**
     * The JVM options the services are deployed with (a bounded heap: docker-compose.yml's default for
     * command-service, the Dockerfile's for query-service), or what {@code COMMAND_SERVICE_JAVA_OPTS}
     * (docker-compose.yml's own variable) and {@code QUERY_SERVICE_JAVA_OPTS} say, to measure a setting.
     */
    private static String javaOptions(String module) {
        String variable = module.toUpperCase().replace('-', '_') + "_JAVA_OPTS";
        String deployed = "command-service".equals(module)
                ? "-Xmx320m -XX:MaxMetaspaceSize=256m -XX:-ClassUnloadingWithConcurrentMark"
                : "-Xmx384m -XX:MaxMetaspaceSize=256m";
        String options = System.getenv(variable);
        return options == null || options.isBlank() ? deployed : options;
    }

    private static String javaBinary() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }
}
