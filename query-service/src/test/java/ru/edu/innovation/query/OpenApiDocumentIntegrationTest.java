package ru.edu.innovation.query;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.platform.openapi.RedoclyCli;


import static org.assertj.core.api.Assertions.assertThat;

/** The read API's OpenAPI document, as served at /v3/api-docs, checked by a standard linter. */
class OpenApiDocumentIntegrationTest extends ReadSideIntegrationTest {

    @Test
    @DisplayName("the OpenAPI document passes Redocly's recommended rules without an error, and every operation "
            + "documents its problem-details answers and the Basic login")
    void lintsClean() throws Exception {
        JsonNode document = RedoclyCli.assertLintsClean(rest.getForObject("/v3/api-docs", String.class),
                "query-service");

        assertThat(document.at("/info/title").asText()).isEqualTo("Инновационные площадки: чтение и аудит");
        assertThat(document.at("/info/description").asText()).contains("problem details");
        assertThat(document.at("/components/securitySchemes/basic/scheme").asText()).isEqualTo("basic");
        assertThat(document.at("/security/0").has("basic")).isTrue();
        assertThat(document.at("/components/schemas/Problem/properties").fieldNames())
                .toIterable().contains("type", "title", "status", "detail", "instance", "code", "errors");
        JsonNode card = document.at("/paths/~1api~1projects~1{projectId}/get/responses");
        assertThat(card.fieldNames()).toIterable().contains("200", "400", "401", "403", "404", "409");
        assertThat(card.at("/404/content/application~1problem+json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(document.at("/paths/~1api~1reviews~1pending/get/responses").fieldNames()).toIterable()
                .contains("200", "400", "401", "403");
        assertThat(document.at("/paths/~1api~1admin~1rebuild/post/responses").fieldNames()).toIterable()
                .contains("401", "403", "409");
    }
}
