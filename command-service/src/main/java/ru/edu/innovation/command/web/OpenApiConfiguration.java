package ru.edu.innovation.command.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    @Bean
    public OpenAPI commandApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Инновационные площадки: команды")
                        .version("1")
                        .description("""
                                Команды жизненного цикла инновационного проекта. Каждая команда отвечает \
                                идентификатором проекта и его новой версией (также в заголовке ETag). \
                                Передайте версию в заголовке If-Match, чтобы команда выполнилась только если \
                                проект с тех пор не менялся (иначе 409 STALE_VERSION). Ошибки — RFC 9457 \
                                problem details с устойчивым полем code."""))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Те же логины и пароли, что в Camunda Tasklist и query-service"))
                        .addSchemas(ProblemResponses.SCHEMA, ProblemResponses.schema()))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }

    @Bean
    public OperationCustomizer problemResponses() {
        return new ProblemResponses();
    }
}
