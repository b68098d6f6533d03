package ru.edu.innovation.command.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.axonframework.modelling.command.ConcurrencyException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.method.annotation.ExceptionHandlerMethodResolver;
import ru.edu.innovation.platform.web.Problems;
import ru.edu.innovation.processes.task.TaskRefusedException;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Failures of Camunda's REST API ({@code /engine-rest}) as the product's problem details. A refusal
 * of the project (a rule, access, an unknown part, a conflict) gets exactly the answer
 * {@link ProblemDetailsAdvice} gives it on the command API, by calling that advice's handler for it;
 * the engine's own failures get a status, a stable code and a Russian text of their own. Camunda's
 * messages name tasks by id and Java classes, so none of them is passed on.
 */
@Component
public class EngineRestProblems {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final Pattern TASK_COMPLETION = Pattern.compile("/task/([^/]+)/(complete|submit-form|resolve)/?");

    private final ProblemDetailsAdvice advice;
    private final ExceptionHandlerMethodResolver handlers = new ExceptionHandlerMethodResolver(ProblemDetailsAdvice.class);
    private final ObjectMapper json;
    private final TaskService taskService;
    private final HistoryService historyService;
    private final IdentityService identityService;

    public EngineRestProblems(ProblemDetailsAdvice advice, ObjectMapper json, TaskService taskService,
                              HistoryService historyService, IdentityService identityService) {
        this.advice = advice;
        this.json = json;
        this.taskService = taskService;
        this.historyService = historyService;
        this.identityService = identityService;
    }

    public Response toResponse(Throwable failure) {
        // A completion that lost a race fails in many ways (the task deleted, a rule of the project that
        // the winner's decision changed, a concurrent insert); what the loser needs to know is that the
        // task was done by someone else.
        Optional<String> completedTask = taskBeingCompleted();
        if (completedTask.isPresent() && !(failure instanceof WebApplicationException)) {
            Optional<Response> gone = taskNoLongerOpen(completedTask.get());
            if (gone.isPresent()) {
                return gone.get();
            }
        }
        Optional<ResponseEntity<?>> product = productAnswer(failure);
        if (product.isPresent()) {
            return response(product.get());
        }
        TaskRefusedException refused = find(failure, TaskRefusedException.class);
        if (refused != null) {
            return problem(HttpStatus.CONFLICT, "TASK_REFUSED", "Задача не выполнена", refused.getMessage());
        }
        if (find(failure, OptimisticLockingException.class) != null) {
            return handledByAdvice(new ConcurrencyException("the engine's data changed concurrently"));
        }
        if (find(failure, AuthorizationException.class) != null) {
            return handledByAdvice(new AccessDeniedException("not authorized in the engine"));
        }
        if (find(failure, NullValueException.class) != null) {
            return problem(HttpStatus.NOT_FOUND, "NOT_FOUND", "Не найдено",
                    "Задачи или процесса с таким идентификатором нет (или он уже завершён)");
        }
        if (malformedForTheEngine(failure)) {
            return problem(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", "Неверный формат запроса",
                    "Движок процессов не принял запрос: проверьте тело запроса, переменные и их типы");
        }
        int status = failure instanceof WebApplicationException web
                ? web.getResponse().getStatus() : ExceptionHandlerHelper.getInstance().getStatus(failure).getStatusCode();
        if (failure instanceof JsonProcessingException) {
            status = HttpStatus.BAD_REQUEST.value();
        }
        return switch (status) {
            case 400 -> problem(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", "Неверный формат запроса",
                    "Движок процессов не принял запрос: проверьте адрес, тело запроса, переменные и их типы");
            case 403 -> handledByAdvice(new AccessDeniedException("not authorized in the engine"));
            case 404 -> problem(HttpStatus.NOT_FOUND, "NOT_FOUND", "Не найдено",
                    "Запрошенного объекта движка процессов нет");
            case 405 -> problem(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", "Метод не поддерживается",
                    "Этот адрес не принимает запросы этим методом");
            case 406, 415 -> problem(HttpStatus.valueOf(status), "UNSUPPORTED_MEDIA_TYPE", "Неподдерживаемый формат",
                    "Движок процессов принимает и отдаёт JSON");
            case 409 -> handledByAdvice(new ConcurrencyException("the engine reported a conflict"));
            default -> status < 500
                    ? problem(HttpStatus.valueOf(status), "REQUEST_REFUSED", "Запрос отклонён", "Движок процессов отклонил запрос")
                    : response(advice.unexpected(failure instanceof Exception exception ? exception : new IllegalStateException(failure)));
        };
    }

    /**
     * The engine's REST layer and its value types fail with a plain runtime exception on a request of
     * a shape they don't expect (a body of null, a file value without a name, an empty type name):
     * the client's fault, not the server's.
     */
    private static boolean malformedForTheEngine(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof IllegalArgumentException || cause instanceof NullPointerException
                    || cause instanceof IndexOutOfBoundsException || cause instanceof ClassCastException) {
                return Arrays.stream(cause.getStackTrace()).map(StackTraceElement::getClassName)
                        .filter(name -> !name.startsWith("java.") && !name.startsWith("jdk."))
                        .findFirst()
                        .filter(name -> name.startsWith("org.camunda.bpm.engine.rest.")
                                || name.startsWith("org.camunda.bpm.engine.variable.")
                                || name.startsWith("org.camunda.bpm.engine.impl.variable."))
                        .isPresent();
            }
        }
        return false;
    }

    /** A problem answer of the product's shape, for refusals the engine's REST layer decides itself. */
    Response problem(HttpStatus status, String code, String title, String detail) {
        return problem(status, code, title, detail, null);
    }

    Response problem(HttpStatus status, String code, String title, String detail, List<Map<String, String>> errors) {
        ProblemDetail body = Problems.body(status, code, title, detail);
        if (errors != null) {
            body.setProperty("errors", errors);
        }
        return response(ResponseEntity.status(status).body(body));
    }

    /** The advice's answer for the first exception in the chain it has a handler of its own for. */
    private Optional<ResponseEntity<?>> productAnswer(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            Method handler = handlers.resolveMethodByExceptionType(cause.getClass());
            if (handler != null && isSpecific(handler)) {
                return Optional.of(invoke(handler, cause));
            }
        }
        return Optional.empty();
    }

    /** Not the advice's catch-all for any exception, nor one of Spring MVC's own handlers that need a request. */
    private static boolean isSpecific(Method handler) {
        ExceptionHandler annotation = handler.getAnnotation(ExceptionHandler.class);
        return handler.getDeclaringClass() == ProblemDetailsAdvice.class && handler.getParameterCount() == 1
                && annotation != null && !Arrays.asList(annotation.value()).contains(Exception.class);
    }

    private Response handledByAdvice(Exception exception) {
        Method handler = handlers.resolveMethodByThrowable(exception);
        if (handler == null || !isSpecific(handler)) {
            throw new IllegalStateException("ProblemDetailsAdvice has no handler for " + exception.getClass());
        }
        return response(invoke(handler, exception));
    }

    private ResponseEntity<?> invoke(Method handler, Throwable exception) {
        ReflectionUtils.makeAccessible(handler);
        return (ResponseEntity<?>) ReflectionUtils.invokeMethod(handler, advice, exception);
    }

    /**
     * The task of a completion that failed is gone: another reviewer completed it first (the loser of
     * a race meets the task deleted, or its process already moved on), or there never was one.
     */
    private Optional<Response> taskNoLongerOpen(String taskId) {
        return withoutAuthorization(() -> {
            if (taskService.createTaskQuery().taskId(taskId).count() > 0) {
                return Optional.empty();
            }
            if (historyService.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0) {
                return Optional.of(problem(HttpStatus.CONFLICT, "TASK_ALREADY_COMPLETED", "Задача уже выполнена",
                        "Эту задачу уже завершил другой пользователь; обновите список задач"));
            }
            return Optional.of(problem(HttpStatus.NOT_FOUND, "TASK_NOT_FOUND", "Задача не найдена",
                    "Такой задачи нет"));
        });
    }

    /** Whether a task exists is looked up as the engine sees it, not as the caller may see it. */
    private <T> T withoutAuthorization(Supplier<T> lookup) {
        Authentication caller = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return lookup.get();
        } finally {
            if (caller != null) {
                identityService.setAuthentication(caller);
            }
        }
    }

    private static Optional<String> taskBeingCompleted() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return Optional.empty();
        }
        HttpServletRequest request = attributes.getRequest();
        String path = request.getPathInfo() != null ? request.getPathInfo() : request.getRequestURI();
        Matcher completion = TASK_COMPLETION.matcher(path);
        return completion.find() ? Optional.of(completion.group(1)) : Optional.empty();
    }

    private Response response(ResponseEntity<?> answer) {
        Response.ResponseBuilder response = Response.status(answer.getStatusCode().value()).type(PROBLEM_JSON);
        answer.getHeaders().forEach((name, values) -> {
            if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
                values.forEach(value -> response.header(name, value));
            }
        });
        try {
            return response.entity(json.writeValueAsBytes(answer.getBody())).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem detail could not be written", e);
        }
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
