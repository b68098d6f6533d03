package ru.edu.innovation.command;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.platform.openapi.RedoclyCli;


import static org.assertj.core.api.Assertions.assertThat;

/** The command API's OpenAPI document, as served at /v3/api-docs, checked by a standard linter. */
class OpenApiDocumentIntegrationTest extends PostgresIntegrationTest {

    @Test
    @DisplayName("the OpenAPI document passes Redocly's recommended rules without an error, and every operation "
            + "documents its problem-details answers and the Basic login")
    void lintsClean() throws Exception {
        JsonNode document = RedoclyCli.assertLintsClean(rest.getForObject("/v3/api-docs", String.class),
                "command-service");

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
