package ru.edu.innovation.query.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import ru.edu.innovation.platform.openapi.ApiDocument;
import ru.edu.innovation.platform.openapi.ProblemResponses;

@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    @Bean
    public OpenAPI readApi() {
        return ApiDocument.of(new Info()
                        .title("Инновационные площадки: чтение и аудит")
                        .version("1")
                        .description("""
                                Представления проектов, собранные из хранилища событий: реестр, карточка, \
                                календарный план, показатели, отчёты, очередь рассмотрения, сводка по региону; \
                                для аудита — история проекта, его состояние на момент и проверка цепочки хешей. \
                                Школа читает только проекты своей организации. Передайте версию, которую \
                                ответила команда, в параметре minVersion, чтобы прочитать своё изменение \
                                (иначе 409 VIEW_NOT_YET_UPDATED). Ошибки — RFC 9457 problem details с \
                                устойчивым полем code."""),
                "Те же логины и пароли, что в command-service и Camunda Tasklist");
    }

    /** A view asked for a version it has not reached in time answers 409. */
    @Bean
    public OperationCustomizer problemResponses() {
        return new ProblemResponses("Ошибка в параметрах запроса (VALIDATION_FAILED)",
                "Проект не найден (PROJECT_NOT_FOUND) или его часть",
                new ProblemResponses.Answer(HttpStatus.CONFLICT,
                        "Представление ещё не дошло до minVersion (VIEW_NOT_YET_UPDATED)",
                        (handler, parameters) -> parameters.stream()
                                .anyMatch(parameter -> "minVersion".equals(ProblemResponses.requestParameter(parameter)))));
    }
}
