package ru.edu.innovation.platform.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** A service's OpenAPI document: its own description, the shared HTTP Basic login and problem-details schema. */
public final class ApiDocument {

    private ApiDocument() {
    }

    public static OpenAPI of(Info info, String loginDescription) {
        return new OpenAPI()
                .info(info)
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description(loginDescription))
                        .addSchemas(ProblemResponses.SCHEMA, ProblemResponses.schema()))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
