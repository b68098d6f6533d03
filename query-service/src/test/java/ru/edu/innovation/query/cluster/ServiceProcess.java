package ru.edu.innovation.query.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One service of the cluster started from its jar as a process of its own, and HTTP calls to it. */
final class ServiceProcess {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String name;
    final Process process;
    final String baseUrl;
    final Path log;

    private ServiceProcess(String name, Process process, String baseUrl, Path log) {
        this.name = name;
        this.process = process;
        this.baseUrl = baseUrl;
        this.log = log;
    }

    /**
     * Starts {@code jar} with a small heap and {@code environment}; its port goes to {@code portVariable}.
     * The JIT stops at its first tier: these processes live a minute or two on a shared two-core machine.
     */
    static ServiceProcess start(String name, Path jar, String portVariable, Map<String, String> environment,
                                String... arguments) {
        try {
            int port = freePort();
            Path log = Files.createTempFile(name + "-", ".log");
            List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx320m", "-Xss512k", "-XX:+UseSerialGC",
                    "-XX:TieredStopAtLevel=1", "-jar", jar.toString()));
            command.addAll(List.of(arguments));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            builder.environment().put(portVariable, Integer.toString(port));
            Process process = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            return new ServiceProcess(name, process, "http://127.0.0.1:" + port, log);
        } catch (IOException e) {
            throw new UncheckedIOException(name + " could not be started", e);
        }
    }

    /** Axon's name for this process as the owner of a claim: {@code pid@host}. */
    boolean owns(String owner) {
        return owner != null && owner.startsWith(process.pid() + "@");
    }

    void awaitReady(Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited; see " + log);
            }
            if (get(null, "/actuator/health/readiness").statusCode() == 200) {
                return;
            }
            pause(250);
        }
        throw new IllegalStateException(name + " was not ready in " + patience + "; see " + log);
    }

    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    HttpResponse<String> get(String user, String path) {
        return send(user, HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    HttpResponse<String> send(String user, String method, String path, Object body) {
        try {
            return send(user, HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode json(String user, String path) {
        HttpResponse<String> response = get(user, path);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(name + " " + path + ": " + response.statusCode() + " " + response.body());
        }
        return parse(response.body());
    }

    String logText() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> send(String user, HttpRequest.Builder request) {
        if (user != null) {
            String password = "admin".equals(user) ? "admin" : "demo";
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException notListening) {
            return new Unanswered(notListening);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    static Path jar(Path target, String artifact) {
        try (var files = Files.list(target)) {
            return files.filter(file -> file.getFileName().toString().matches(artifact + "-[0-9][^-]*(-SNAPSHOT)?\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("package " + artifact + " first: no jar in " + target));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String javaBinary() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A request the process did not answer (not listening yet, or killed): status 0. */
    private record Unanswered(IOException failure) implements HttpResponse<String> {
        public int statusCode() { return 0; }
        public HttpRequest request() { return null; }
        public java.util.Optional<HttpResponse<String>> previousResponse() { return java.util.Optional.empty(); }
        public java.net.http.HttpHeaders headers() { return java.net.http.HttpHeaders.of(Map.of(), (a, b) -> true); }
        public String body() { return String.valueOf(failure); }
        public java.util.Optional<javax.net.ssl.SSLSession> sslSession() { return java.util.Optional.empty(); }
        public URI uri() { return null; }
        public HttpClient.Version version() { return HttpClient.Version.HTTP_1_1; }
    }
}
