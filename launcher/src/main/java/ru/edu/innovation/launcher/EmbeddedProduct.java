package ru.edu.innovation.launcher;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import ru.edu.innovation.command.CommandServiceApplication;
import ru.edu.innovation.command.feed.KafkaEventPublisher;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * The whole product on one machine with nothing installed but a JDK: an H2 file database under the
 * data directory (or PostgreSQL when {@code POSTGRES_URL} is set), a real Kafka broker in this
 * process (or {@code KAFKA_BOOTSTRAP_SERVERS}), command-service with Camunda's webapps in this
 * process with the seeds' projects as demo data, and query-service as a child process on the same
 * database. Started by {@code java -jar launcher.jar [--fresh] [--data-dir=./data]}; Ctrl-C stops it all.
 */
public final class EmbeddedProduct {

    private static final Duration STARTUP = Duration.ofMinutes(3);

    private final Path dataDir;
    private final int commandPort;
    private final int queryPort;
    private final List<AutoCloseable> running = new ArrayList<>();

    private EmbeddedProduct(Path dataDir, int commandPort, int queryPort) {
        this.dataDir = dataDir;
        this.commandPort = commandPort;
        this.queryPort = queryPort;
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(option(args, "--data-dir=", "data")).toAbsolutePath();
        if (List.of(args).contains("--fresh")) {
            deleteRecursively(dataDir);
        }
        Files.createDirectories(dataDir);
        EmbeddedProduct product = new EmbeddedProduct(dataDir,
                Integer.parseInt(env("COMMAND_SERVICE_PORT", "8080")), Integer.parseInt(env("QUERY_SERVICE_PORT", "8081")));
        Runtime.getRuntime().addShutdownHook(new Thread(product::stop, "embedded-product-shutdown"));
        try {
            product.start(args);
        } catch (Exception | Error failed) {
            // Exit instead of leaving a half-started product: the broker's threads would keep the JVM alive.
            System.err.println("the product could not start: " + failed);
            failed.printStackTrace();
            System.exit(1);
        }
    }

    private void start(String[] args) throws Exception {
        Map<String, String> database = database();
        String kafka = kafka();
        Map<String, Object> properties = new java.util.LinkedHashMap<>();
        properties.put("spring.datasource.url", database.get("POSTGRES_URL"));
        properties.put("spring.datasource.username", database.get("POSTGRES_USER"));
        properties.put("spring.datasource.password", database.get("POSTGRES_PASSWORD"));
        properties.put("spring.kafka.bootstrap-servers", kafka);
        properties.put("server.port", commandPort);
        properties.put("innovation.demo-data.enabled", env("DEMO_DATA_ENABLED", "true"));
        properties.put("innovation.kafka-feed.schema-base-uri", "http://localhost:" + commandPort + "/schemas/events/");
        // As command-line arguments: they win over application.yml, whose defaults point at PostgreSQL.
        List<String> arguments = new ArrayList<>(List.of(withoutLauncherOptions(args)));
        properties.forEach((name, value) -> arguments.add("--" + name + "=" + value));
        ConfigurableApplicationContext commandService = new SpringApplicationBuilder(CommandServiceApplication.class,
                DemoData.class).run(arguments.toArray(String[]::new));
        running.add(0, commandService::close);
        if (System.getenv("KAFKA_BOOTSTRAP_SERVERS") == null) {
            // The in-process broker starts empty each time: the feed is sent again from the first event.
            commandService.getBean(KafkaEventPublisher.class).republishFrom(0);
        }

        Process queryService = startQueryService(database);
        running.add(0, () -> stopProcess(queryService));
        awaitReady("command-service", "http://localhost:" + commandPort + "/actuator/health/readiness", null);
        awaitReady("query-service", "http://localhost:" + queryPort + "/actuator/health/readiness", queryService);
        System.out.println(banner(database.get("POSTGRES_URL"), kafka));
    }

    private Map<String, String> database() {
        Map<String, String> database = new HashMap<>();
        String url = System.getenv("POSTGRES_URL");
        if (url != null && !url.isBlank()) {
            database.put("POSTGRES_URL", url);
            database.put("POSTGRES_USER", env("POSTGRES_USER", "postgres"));
            database.put("POSTGRES_PASSWORD", env("POSTGRES_PASSWORD", "postgres"));
            return database;
        }
        // AUTO_SERVER: the first process opens the file and serves it; query-service connects to it.
        database.put("POSTGRES_URL", "jdbc:h2:file:" + dataDir.resolve("db").resolve("innovation")
                + ";AUTO_SERVER=TRUE");
        database.put("POSTGRES_USER", "sa");
        database.put("POSTGRES_PASSWORD", "");
        return database;
    }

    private String kafka() {
        String external = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        if (external != null && !external.isBlank()) {
            return external;
        }
        // A fixed port, so consumers on this machine find the broker at the same address every time.
        int port = Integer.parseInt(env("KAFKA_PORT", "9092"));
        requireFree(port, "the Kafka broker (KAFKA_PORT)");
        requireFree(port + 1, "the Kafka broker's controller (KAFKA_PORT + 1)");
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 6);
        broker.brokerProperty("listeners", "EXTERNAL://localhost:" + port + ",CONTROLLER://localhost:" + (port + 1));
        broker.afterPropertiesSet();
        running.add(0, broker::destroy);
        return broker.getBrokersAsString();
    }

    private static void requireFree(int port, String user) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress("localhost", port));
        } catch (IOException inUse) {
            throw new IllegalStateException("port " + port + " for " + user + " is in use: stop what listens there"
                    + " or choose other ports with KAFKA_PORT, COMMAND_SERVICE_PORT and QUERY_SERVICE_PORT");
        }
    }

    private Process startQueryService(Map<String, String> database) throws IOException {
        Path jar = queryServiceJar();
        Path log = dataDir.resolve("logs").resolve("query-service.log");
        Files.createDirectories(log.getParent());
        // query-service's jar carries no H2: Spring Boot's PropertiesLauncher adds this launcher's to its class path.
        ProcessBuilder builder = new ProcessBuilder(javaBinary(), "-Xmx384m", "-XX:MaxMetaspaceSize=256m",
                "-Dloader.path=" + h2Jar(), "-cp", jar.toString(), "org.springframework.boot.loader.launch.PropertiesLauncher")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(database);
        builder.environment().put("QUERY_SERVICE_PORT", Integer.toString(queryPort));
        return builder.start();
    }

    private static Path queryServiceJar() throws IOException {
        String configured = System.getenv("QUERY_SERVICE_JAR");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path target = Path.of("query-service", "target");
        if (Files.isDirectory(target)) {
            try (Stream<Path> files = Files.list(target)) {
                var jar = files.filter(file -> file.getFileName().toString().matches("query-service-.*\\.jar"))
                        .findFirst();
                if (jar.isPresent()) {
                    return jar.get();
                }
            }
        }
        throw new IllegalStateException("query-service's jar was not found in query-service/target: build the "
                + "repository first (mvn install -DskipTests) or set QUERY_SERVICE_JAR");
    }

    /** H2's jar as a file: the one on this class path, or copied out of this launcher's jar into the data directory. */
    private Path h2Jar() throws IOException {
        URI location;
        try {
            location = Class.forName("org.h2.Driver").getProtectionDomain().getCodeSource().getLocation().toURI();
        } catch (ClassNotFoundException | java.net.URISyntaxException e) {
            throw new IllegalStateException("H2 is not on the launcher's class path", e);
        }
        if ("file".equals(location.getScheme()) && Files.isRegularFile(Path.of(location))) {
            return Path.of(location);
        }
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.endsWith(".jar") || !Files.isRegularFile(Path.of(entry))) {
                continue;
            }
            try (ZipFile launcher = new ZipFile(entry)) {
                var h2 = launcher.stream().filter(file -> file.getName().matches("BOOT-INF/lib/h2-.*\\.jar")).findFirst();
                if (h2.isPresent()) {
                    Path copy = dataDir.resolve("lib").resolve(Path.of(h2.get().getName()).getFileName());
                    Files.createDirectories(copy.getParent());
                    try (var in = launcher.getInputStream(h2.get())) {
                        Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                    return copy;
                }
            }
        }
        throw new IllegalStateException("H2's jar was not found on the launcher's class path " + location);
    }

    private static void awaitReady(String name, String url, Process process) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting; see its log under the data directory");
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " did not become ready within " + STARTUP.toSeconds() + " s");
    }

    private String banner(String databaseUrl, String kafka) {
        String command = "http://localhost:" + commandPort;
        String query = "http://localhost:" + queryPort;
        return """

                ================================================================================
                 Инновационные площадки: всё запущено / the product is up
                --------------------------------------------------------------------------------
                 Pages (реестр, аудит)  %2$s/
                 Camunda Tasklist       %1$s/camunda/app/tasklist/
                 Cockpit, Admin         %1$s/camunda/app/cockpit/   %1$s/camunda/app/admin/
                 Command API (Swagger)  %1$s/swagger-ui.html
                 Read API (Swagger)     %2$s/swagger-ui.html
                 Kafka feed (AsyncAPI)  %1$s/asyncapi.json   broker %3$s
                 Database               %4$s
                 Data directory         %5$s
                --------------------------------------------------------------------------------
                 Demo logins (password demo; admin/admin):
                   tikhomirova, sikora, kalinchenko   school  МБУ ИМЦ УО Яйского округа
                   kartashova, abdulkhakova           school  МБОУ «ООШ № 12», Мариинский округ
                   khramtsova                         school  МБОУ «Ишимская ООШ», участник сети Яйского округа
                   panina, krasnoshlykova, head-iro   institute (head-iro: supervisor)
                   minobr, head-minobr                ministry  (head-minobr: supervisor)
                   auditor                            auditor
                 Ctrl-C stops everything; the data stays for the next start (--fresh starts empty).
                ================================================================================
                """.formatted(command, query, kafka, databaseUrl, dataDir);
    }

    private void stop() {
        for (AutoCloseable part : running) {
            try {
                part.close();
            } catch (Exception e) {
                System.err.println("while stopping: " + e);
            }
        }
        running.clear();
    }

    private static void stopProcess(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static String[] withoutLauncherOptions(String[] args) {
        return Stream.of(args)
                .filter(arg -> !arg.equals("--embedded") && !arg.equals("--fresh") && !arg.startsWith("--data-dir="))
                .toArray(String[]::new);
    }

    private static String option(String[] args, String prefix, String fallback) {
        return Stream.of(args).filter(arg -> arg.startsWith(prefix)).map(arg -> arg.substring(prefix.length()))
                .findFirst().orElse(fallback);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String javaBinary() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
