package ru.edu.innovation.query.web;

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
    public OpenAPI readApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Инновационные площадки: чтение и аудит")
                        .version("1")
                        .description("""
                                Представления проектов, собранные из хранилища событий: реестр, карточка, \
                                календарный план, показатели, отчёты, очередь рассмотрения, сводка по региону; \
                                для аудита — история проекта, его состояние на момент и проверка цепочки хешей. \
                                Школа читает только проекты своей организации. Передайте версию, которую \
                                ответила команда, в параметре minVersion, чтобы прочитать своё изменение \
                                (иначе 409 VIEW_NOT_YET_UPDATED). Ошибки — RFC 9457 problem details с \
                                устойчивым полем code."""))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Те же логины и пароли, что в command-service и Camunda Tasklist"))
                        .addSchemas(ProblemResponses.SCHEMA, ProblemResponses.schema()))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }

    @Bean
    public OperationCustomizer problemResponses() {
        return new ProblemResponses();
    }
}
