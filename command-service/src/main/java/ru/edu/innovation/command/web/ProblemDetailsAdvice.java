package ru.edu.innovation.command.web;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import ru.edu.innovation.command.attachment.AttachmentPolicy;
import ru.edu.innovation.command.attachment.AttachmentProperties;
import ru.edu.innovation.command.attachment.AttachmentRefusedException;
import ru.edu.innovation.command.feed.FeedClaimedElsewhereException;
import ru.edu.innovation.command.feed.FeedUnavailableException;
import ru.edu.innovation.command.project.ApplicationIncompleteException;
import ru.edu.innovation.command.kernel.NotProjectSignatoryException;
import ru.edu.innovation.command.kernel.ProjectAccessDeniedException;
import ru.edu.innovation.command.kernel.ProjectRuleViolationException;
import ru.edu.innovation.command.kernel.UnknownProjectPartException;
import ru.edu.innovation.platform.web.ProblemDetailsBase;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one place where errors become RFC 9457 problem details. Every problem has a stable
 * {@code code}; validation problems list the offending fields in {@code errors}.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ProblemDetailsBase {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final AttachmentProperties attachmentProperties;

    public ProblemDetailsAdvice(AttachmentProperties attachmentProperties) {
        this.attachmentProperties = attachmentProperties;
    }

    @ExceptionHandler(ProjectRuleViolationException.class)
    ResponseEntity<Object> ruleViolated(ProjectRuleViolationException e) {
        return problem(HttpStatus.CONFLICT, e.code(), "Нарушено правило проекта", e.getMessage());
    }

    @ExceptionHandler(AttachmentRefusedException.class)
    ResponseEntity<Object> attachmentRefused(AttachmentRefusedException e) {
        HttpStatus status = e.tooLarge() ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST;
        return problem(status, e.code(), "Файл не принят", e.getMessage());
    }

    @ExceptionHandler(ApplicationIncompleteException.class)
    ResponseEntity<Object> applicationIncomplete(ApplicationIncompleteException e) {
        ProblemDetail body = body(HttpStatus.CONFLICT, e.code(), "Заявка заполнена не полностью", e.getMessage());
        body.setProperty("missing", e.missing().entrySet().stream()
                .map(field -> Map.of("field", field.getKey(), "name", field.getValue()))
                .toList());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
    }

    @ExceptionHandler(NotProjectSignatoryException.class)
    ResponseEntity<Object> notSignatory(NotProjectSignatoryException e) {
        return problem(HttpStatus.FORBIDDEN, "NOT_PROJECT_SIGNATORY", "Подписывает руководитель проекта",
                e.getMessage());
    }

    @ExceptionHandler(ProjectAccessDeniedException.class)
    ResponseEntity<Object> projectAccessDenied(ProjectAccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, e.code(), "Нет доступа к проекту", e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> accessDenied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "FORBIDDEN", "Недостаточно прав",
                "Ваша роль не позволяет выполнить это действие");
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> unauthenticated(AuthenticationException e) {
        if (e instanceof InternalAuthenticationServiceException) {
            return unexpected(e);
        }
        ProblemDetail body = body(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "Требуется вход", e.getMessage());
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"innovation\"")
                .body(body);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<Object> projectNotFound(AggregateNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "PROJECT_NOT_FOUND", "Проект не найден",
                "Проекта " + e.getAggregateIdentifier() + " нет");
    }

    @ExceptionHandler(UnknownProjectPartException.class)
    ResponseEntity<Object> partNotFound(UnknownProjectPartException e) {
        return problem(HttpStatus.NOT_FOUND, "NOT_FOUND", "Не найдено", e.getMessage());
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ResponseEntity<Object> staleVersion(ConflictingAggregateVersionException e) {
        return problem(HttpStatus.CONFLICT, "STALE_VERSION", "Проект уже изменён",
                "Ожидалась версия " + e.getExpectedVersion() + ", а проект уже в версии " + e.getActualVersion()
                        + ": перечитайте его и повторите действие");
    }

    @ExceptionHandler({ConflictingModificationException.class, ConcurrencyException.class})
    ResponseEntity<Object> concurrentModification(Exception e) {
        return problem(HttpStatus.CONFLICT, "CONCURRENT_MODIFICATION", "Проект изменён одновременно",
                "Проект одновременно изменил другой запрос: перечитайте его и повторите действие");
    }

    @ExceptionHandler(InvalidExpectedVersionException.class)
    ResponseEntity<Object> invalidExpectedVersion(InvalidExpectedVersionException e) {
        return problem(HttpStatus.BAD_REQUEST, "INVALID_IF_MATCH", "Неверный заголовок If-Match", e.getMessage());
    }

    @ExceptionHandler(FeedClaimedElsewhereException.class)
    ResponseEntity<Object> feedClaimedElsewhere(FeedClaimedElsewhereException e) {
        return problem(HttpStatus.CONFLICT, "FEED_CLAIMED_ELSEWHERE", "Поток событий публикует другой экземпляр",
                "Поток событий Kafka публикует другой экземпляр command-service; повторите запрос на нём");
    }

    @ExceptionHandler(FeedUnavailableException.class)
    ResponseEntity<Object> feedUnavailable(FeedUnavailableException e) {
        log.warn("Feed request not taken: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "30")
                .body(body(HttpStatus.SERVICE_UNAVAILABLE, "FEED_UNAVAILABLE", "Поток событий недоступен",
                        "Публикатор потока событий ждёт брокер Kafka и не принял запрос; повторите позже"));
    }

    /** The container refused an upload over the multipart limits, which follow the attachments' size limit. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return attachmentRefused(AttachmentPolicy.tooLarge(attachmentProperties.maxSize()));
    }

    @Override
    protected String unexpectedDetail() {
        return "Запрос не выполнен из-за внутренней ошибки; изменения не сохранены";
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getAllErrors().stream()
                .map(error -> fieldError(error instanceof FieldError field ? field.getField() : error.getObjectName(),
                        String.valueOf(error.getDefaultMessage())))
                .toList();
        ProblemDetail body = body(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "Ошибка в данных запроса",
                errors.stream().map(error -> error.get("label") + ": " + error.get("message"))
                        .collect(Collectors.joining("; ")));
        body.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(body);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "Ошибка в данных запроса",
                e.getAllErrors().stream().map(error -> String.valueOf(error.getDefaultMessage()))
                        .collect(Collectors.joining("; ")));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        String detail = "Тело запроса не является корректным JSON нужной структуры";
        ProblemDetail body = body(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", "Неверный формат запроса", detail);
        if (e.getCause() instanceof InputLimits.RefusedValueException refused && !refused.getPath().isEmpty()) {
            Map<String, String> error = fieldError(path(refused), refused.getOriginalMessage());
            body = body(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "Ошибка в данных запроса",
                    error.get("label") + ": " + error.get("message"));
            body.setProperty("errors", List.of(error));
        } else if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            body.setDetail("поле «" + shown(unknown.getPropertyName()) + "» не предусмотрено"
                    + (field.contains(".") ? " (" + shown(field) + ")" : ""));
            body.setProperty("errors", List.of(Map.of("field", shown(field), "message", "такого поля нет")));
        } else if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = path(mismatch);
            String message = mismatch instanceof InvalidFormatException invalid
                    ? "значение «" + shown(invalid.getValue()) + "» не подходит: ожидается " + describe(invalid.getTargetType())
                    : "ожидается " + describe(mismatch.getTargetType());
            Map<String, String> error = fieldError(field, message);
            body.setDetail(error.get("label") + " (" + field + "): " + message);
            body.setProperty("errors", List.of(error));
        } else if (cause(e, StreamReadException.class) instanceof StreamReadException read
                && read.getOriginalMessage() != null && read.getOriginalMessage().startsWith("Duplicate")) {
            body.setDetail("Поле повторяется в одном объекте: " + shown(read.getOriginalMessage()
                    .replaceFirst("^[^'\"]*['\"](.*)['\"]$", "$1")));
        } else if (cause(e, StreamConstraintsException.class) != null) {
            body.setDetail("Тело запроса больше допустимого (не больше " + InputLimits.MAX_BODY_BYTES / 1024
                    + " КБ, вложенность и длина чисел ограничены)");
        }
        return ResponseEntity.badRequest().body(body);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException e,
                                                        HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : e.getPropertyName();
        return problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "Ошибка в адресе запроса",
                name + ": значение «" + shown(e.getValue()) + "» не подходит: ожидается " + describe(e.getRequiredType()));
    }

    private static Throwable cause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return cause;
            }
        }
        return null;
    }

    private static Map<String, String> fieldError(String field, String message) {
        return Map.of("field", field, "label", FieldLabels.of(field), "message", message);
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "другое значение";
        }
        if (type.isEnum()) {
            return "одно из " + java.util.Arrays.toString(type.getEnumConstants());
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "дата в формате ГГГГ-ММ-ДД";
            case "int", "Integer", "long", "Long" -> "целое число";
            case "BigDecimal", "double", "Double" -> "число";
            case "String" -> "строка";
            case "List" -> "массив";
            default -> "объект " + type.getSimpleName();
        };
    }

}
