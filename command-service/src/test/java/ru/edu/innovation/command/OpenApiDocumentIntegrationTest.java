package ru.edu.innovation.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The command API's OpenAPI document, as served at /v3/api-docs, checked by a standard linter. */
class OpenApiDocumentIntegrationTest extends PostgresIntegrationTest {

    @Test
    @DisplayName("the OpenAPI document passes Redocly's recommended rules without an error, and every operation "
            + "documents its problem-details answers and the Basic login")
    void lintsClean() throws Exception {
        String served = rest.getForObject("/v3/api-docs", String.class);
        JsonNode document = new ObjectMapper().readTree(served);
        Path file = Files.createTempFile("command-service-openapi-", ".json");
        Files.writeString(file, served, StandardCharsets.UTF_8);

        JsonNode report = RedoclyCli.lintRecommended(file);

        List<String> errors = new ArrayList<>();
        List<String> undocumented = new ArrayList<>();
        report.path("problems").forEach(problem -> {
            String line = problem.path("ruleId").asText() + " at " + problem.at("/location/0/pointer").asText()
                    + ": " + problem.path("message").asText();
            if ("error".equals(problem.path("severity").asText())) {
                errors.add(line);
            } else if (List.of("operation-4xx-response", "security-defined").contains(problem.path("ruleId").asText())) {
                undocumented.add(line);
            }
        });
        assertThat(errors).as("Redocly's errors in %s", file).isEmpty();
        assertThat(report.at("/totals/errors").asInt()).isZero();
        assertThat(undocumented).as("operations without a 4xx answer or a login").isEmpty();

        assertThat(document.at("/info/title").asText()).isEqualTo("Инновационные площадки: команды");
        assertThat(document.at("/components/securitySchemes/basic/scheme").asText()).isEqualTo("basic");
        assertThat(document.at("/security/0").has("basic")).isTrue();
        assertThat(document.at("/components/schemas/Problem/properties").fieldNames())
                .toIterable().contains("type", "title", "status", "detail", "instance", "code", "errors");
        JsonNode submission = document.at("/paths/~1api~1projects~1{projectId}~1application~1submission/post/responses");
        assertThat(submission.fieldNames()).toIterable().contains("200", "400", "401", "403", "404", "409");
        assertThat(submission.at("/409/content/application~1problem+json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/Problem");
        JsonNode registration = document.at("/paths/~1api~1projects/post/responses");
        assertThat(registration.fieldNames()).toIterable().contains("200", "400", "401", "403", "409")
                .doesNotContain("404");
    }
}
