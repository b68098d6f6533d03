package ru.edu.innovation.launcher;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What only the launcher may carry stays out of the services' executable jars as built in this
 * reactor run: H2, test libraries (the in-process broker comes with spring-kafka-test and Kafka's
 * test jars), the seeds' projects and the demo loader.
 */
class ProductionJarsIT {

    private static final Pattern LAUNCHER_ONLY_LIBRARY = Pattern.compile(
            "BOOT-INF/lib/(h2-|seeds-|launcher-|spring-kafka-test-|spring-test-|junit-|assertj-|mockito-|hamcrest-"
                    + "|kafka_2\\.13-.*-test|kafka-.*-test).*\\.jar");
    private static final Pattern LAUNCHER_ONLY_CLASS = Pattern.compile(
            "BOOT-INF/classes/ru/edu/innovation/(seeds|launcher)/.*|.*/(DemoData|EmbeddedProduct|SeedProjects)\\.class");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"command-service", "query-service"})
    @DisplayName("a service's jar holds no H2, no test library, no seeds and no demo data")
    void noLauncherOnlyContent(String service) throws IOException {
        List<String> entries;
        try (ZipFile jar = new ZipFile(jar(service).toFile())) {
            entries = jar.stream().map(ZipEntry::getName).toList();
        }
        assertThat(entries).as("the jar was read").anyMatch(name -> name.startsWith("BOOT-INF/lib/spring-core-"));
        assertThat(entries).filteredOn(name -> LAUNCHER_ONLY_LIBRARY.matcher(name).matches()).isEmpty();
        assertThat(entries).filteredOn(name -> LAUNCHER_ONLY_CLASS.matcher(name).matches()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2-", "seeds-", "spring-kafka-test-"})
    @DisplayName("the launcher's jar carries what the services leave out")
    void launcherCarriesThem(String library) throws IOException {
        try (ZipFile jar = new ZipFile(Path.of("target", "launcher-" + version() + ".jar").toFile())) {
            assertThat(jar.stream().map(ZipEntry::getName))
                    .anyMatch(name -> name.startsWith("BOOT-INF/lib/" + library));
        }
    }

    private static Path jar(String service) {
        return Path.of("..", service, "target", service + "-" + version() + ".jar");
    }

    private static String version() {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("launcher-[0-9].*\\.jar"))
                    .map(name -> name.substring("launcher-".length(), name.length() - ".jar".length()))
                    .findFirst().orElseThrow(() -> new IllegalStateException("the launcher's jar is not built"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
