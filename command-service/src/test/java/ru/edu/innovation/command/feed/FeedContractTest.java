package ru.edu.innovation.command.feed;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed JSON Schemas and AsyncAPI document describe exactly the events the api defines. */
class FeedContractTest {

    private static final Path STATIC = Path.of("src/main/resources/static");
    private static final boolean UPDATE = Boolean.getBoolean("innovation.update-contract");

    @Test
    @DisplayName("every event type has its JSON Schema in the repository, as generated from its record")
    void schemasMatchTheEvents() throws IOException {
        List<Class<?>> types = FeedContract.eventTypes();
        assertThat(types).hasSizeGreaterThan(20);
        for (Class<?> type : types) {
            check(STATIC.resolve("schemas/events").resolve(EventTypes.schemaFile(type)), FeedContract.schemaOf(type));
        }
        try (var files = Files.list(STATIC.resolve("schemas/events"))) {
            assertThat(files.map(file -> file.getFileName().toString()).toList())
                    .as("no schema of an event that no longer exists")
                    .containsExactlyInAnyOrderElementsOf(types.stream().map(EventTypes::schemaFile).toList());
        }
    }

    @Test
    @DisplayName("the AsyncAPI document lists the topic and a message for every event type")
    void asyncApiMatchesTheEvents() throws IOException {
        check(STATIC.resolve("asyncapi.json"), FeedContract.asyncApi(FeedContract.eventTypes()));
    }

    private static void check(Path file, JsonNode expected) throws IOException {
        if (UPDATE) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, FeedContract.JSON.writeValueAsString(expected) + "\n");
        }
        assertThat(Files.exists(file)).as("%s is committed (run with -Dinnovation.update-contract=true)", file).isTrue();
        assertThat(FeedContract.JSON.readTree(file.toFile())).as("%s is up to date", file)
                .isEqualTo(FeedContract.JSON.readTree(FeedContract.JSON.writeValueAsString(expected)));
    }
}
