package ru.edu.innovation.command.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpStatus;
import ru.edu.innovation.platform.openapi.ApiDocument;
import ru.edu.innovation.platform.openapi.ProblemResponses;

@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    @Bean
    public OpenAPI commandApi() {
        return ApiDocument.of(new Info()
                        .title("Инновационные площадки: команды")
                        .version("1")
                        .description("""
                                Команды жизненного цикла инновационного проекта. Каждая команда отвечает \
                                идентификатором проекта и его новой версией (также в заголовке ETag). \
                                Передайте версию в заголовке If-Match, чтобы команда выполнилась только если \
                                проект с тех пор не менялся (иначе 409 STALE_VERSION). Ошибки — RFC 9457 \
                                problem details с устойчивым полем code."""),
                "Те же логины и пароли, что в Camunda Tasklist и query-service");
    }

    /** A command can meet a changed project or break a rule (409). */
    @Bean
    public OperationCustomizer problemResponses() {
        return new ProblemResponses(
                "Ошибка в данных запроса (VALIDATION_FAILED, MALFORMED_REQUEST) или в заголовке If-Match (INVALID_IF_MATCH)",
                "Проект не найден (PROJECT_NOT_FOUND) или его часть (NOT_FOUND)",
                new ProblemResponses.Answer(HttpStatus.CONFLICT,
                        "Проект уже изменён (STALE_VERSION, CONCURRENT_MODIFICATION) "
                                + "или нарушено правило проекта (NOT_A_DRAFT, FOUR_EYES, PROJECT_CLOSED …)",
                        (handler, parameters) -> ResolvableType.forMethodReturnType(handler.getMethod()).getGeneric(0)
                                .resolve() == CommandResult.class));
    }
}
