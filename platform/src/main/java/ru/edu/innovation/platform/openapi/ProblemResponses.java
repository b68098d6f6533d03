package ru.edu.innovation.platform.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Each operation's problem-details answers in the OpenAPI document, read from what its handler takes: a body, a
 * header or a parameter can be malformed (400), every operation needs a login (401), {@code @PreAuthorize} and
 * another organization's project refuse (403), a path names something that may not exist (404). Each service adds
 * the answers only it gives ({@link Answer}, e.g. a command's 409); a refusal only the handler's code decides is
 * declared on it with {@link ProblemAnswer}.
 */
public final class ProblemResponses implements OperationCustomizer {

    public static final String SCHEMA = "Problem";
    private static final String MEDIA_TYPE = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    /** An answer a service gives when {@code when} holds for the handler and its parameters. */
    public record Answer(HttpStatus status, String description,
                         BiPredicate<HandlerMethod, List<MethodParameter>> when) {
    }

    private final String badRequest;
    private final String notFound;
    private final List<Answer> own;

    public ProblemResponses(String badRequest, String notFound, Answer... own) {
        this.badRequest = badRequest;
        this.notFound = notFound;
        this.own = List.of(own);
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        ApiResponses responses = operation.getResponses();
        List<MethodParameter> parameters = Arrays.asList(handler.getMethodParameters());
        if (parameters.stream().anyMatch(parameter -> parameter.hasParameterAnnotation(RequestParam.class)
                || parameter.hasParameterAnnotation(RequestHeader.class)
                || parameter.hasParameterAnnotation(RequestBody.class)
                || (pathVariable(parameter) != null && parameter.getParameterType() != String.class))) {
            declare(responses, HttpStatus.BAD_REQUEST, badRequest);
        }
        declare(responses, HttpStatus.UNAUTHORIZED, "Требуется вход (UNAUTHENTICATED)");
        boolean ofProject = parameters.stream().anyMatch(parameter -> "projectId".equals(pathVariable(parameter)));
        if (ofProject || handler.hasMethodAnnotation(PreAuthorize.class)
                || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PreAuthorize.class)) {
            declare(responses, HttpStatus.FORBIDDEN,
                    "Роль не позволяет (FORBIDDEN) или проект другой организации (PROJECT_ACCESS_DENIED)");
        }
        if (parameters.stream().anyMatch(parameter -> pathVariable(parameter) != null)) {
            declare(responses, HttpStatus.NOT_FOUND, notFound);
        }
        own.stream().filter(answer -> answer.when().test(handler, parameters))
                .forEach(answer -> declare(responses, answer.status(), answer.description()));
        ProblemAnswer declared = handler.getMethodAnnotation(ProblemAnswer.class);
        if (declared != null) {
            responses.put(String.valueOf(declared.status()), new ApiResponse().description(declared.description()));
        }
        responses.forEach((code, response) -> {
            if (code.startsWith("4")) {
                response.setContent(problemContent());
            }
        });
        return operation;
    }

    /** RFC 9457 problem details as both services write them, with the stable {@code code}. */
    public static Schema<?> schema() {
        return new ObjectSchema()
                .description("Ошибка в формате RFC 9457 (problem details)")
                .addProperty("type", new StringSchema().format("uri").example("urn:innovation:problem:validation-failed")
                        .description("вид ошибки"))
                .addProperty("title", new StringSchema().description("что случилось, кратко"))
                .addProperty("status", new IntegerSchema().description("код ответа HTTP"))
                .addProperty("detail", new StringSchema().description("что случилось в этом запросе"))
                .addProperty("instance", new StringSchema().format("uri-reference").description("адрес запроса"))
                .addProperty("code", new StringSchema().example("VALIDATION_FAILED")
                        .description("устойчивый код ошибки для программ"))
                .addProperty("errors", new ArraySchema().description("ошибки в отдельных полях")
                        .items(new ObjectSchema()
                                .addProperty("field", new StringSchema().description("поле"))
                                .addProperty("message", new StringSchema().description("что с ним не так"))))
                .required(List.of("type", "title", "status", "code"));
    }

    /** The name of the request parameter {@code parameter} binds, or null when it binds none. */
    public static String requestParameter(MethodParameter parameter) {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        return param == null ? null : name(parameter, param.name().isEmpty() ? param.value() : param.name());
    }

    private static String pathVariable(MethodParameter parameter) {
        PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
        return variable == null ? null : name(parameter, variable.name().isEmpty() ? variable.value() : variable.name());
    }

    /** The name given in the annotation, else the Java parameter's (compiled with -parameters). */
    private static String name(MethodParameter parameter, String declared) {
        return declared.isEmpty() ? parameter.getParameter().getName() : declared;
    }

    private static void declare(ApiResponses responses, HttpStatus status, String description) {
        responses.putIfAbsent(String.valueOf(status.value()), new ApiResponse().description(description));
    }

    private static Content problemContent() {
        return new Content().addMediaType(MEDIA_TYPE,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA)));
    }
}
