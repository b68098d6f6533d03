package ru.edu.innovation.query.web;

import jakarta.validation.ConstraintViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import ru.edu.innovation.platform.web.ProblemDetailsBase;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Every error of the read API as RFC 9457 problem details with a stable {@code code}. */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ProblemDetailsBase {

    @ExceptionHandler(ProjectNotFoundException.class)
    ResponseEntity<Object> projectNotFound(ProjectNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "PROJECT_NOT_FOUND", "Проект не найден", e.getMessage());
    }

    @ExceptionHandler(ProjectAccessDeniedException.class)
    ResponseEntity<Object> projectAccessDenied(ProjectAccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "PROJECT_ACCESS_DENIED", "Нет доступа к проекту", e.getMessage());
    }

    @ExceptionHandler(InvalidQueryException.class)
    ResponseEntity<Object> invalidQuery(InvalidQueryException e) {
        return problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "Ошибка в параметрах запроса", e.getMessage());
    }

    @ExceptionHandler(ViewNotYetUpdatedException.class)
    ResponseEntity<Object> notYet(ViewNotYetUpdatedException e) {
        ProblemDetail body = body(HttpStatus.CONFLICT, "VIEW_NOT_YET_UPDATED", "Данные ещё обновляются", e.getMessage());
        body.setProperty("requiredVersion", e.requiredVersion());
        body.setProperty("currentVersion", e.currentVersion());
        return ResponseEntity.status(HttpStatus.CONFLICT).header(HttpHeaders.RETRY_AFTER, "1").body(body);
    }

    /** A request parameter outside its bounds (e.g. {@code page=-1}) on a {@code @Validated} controller. */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> invalidParameter(ConstraintViolationException e) {
        return problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "Ошибка в параметрах запроса",
                e.getConstraintViolations().stream()
                        .map(violation -> lastNode(violation.getPropertyPath().toString()) + ": " + violation.getMessage())
                        .sorted()
                        .collect(Collectors.joining("; ")));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> accessDenied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "FORBIDDEN", "Недостаточно прав", "Ваша роль не позволяет это действие");
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> unauthenticated(AuthenticationException e) {
        if (e instanceof InternalAuthenticationServiceException) {
            return unexpected(e);
        }
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"innovation\"")
                .body(body(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "Требуется вход", e.getMessage()));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException e,
                                                        HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : e.getPropertyName();
        Class<?> type = e.getRequiredType();
        String allowed = type != null && type.isEnum()
                ? "; можно: " + Arrays.stream(type.getEnumConstants()).map(value -> ((Enum<?>) value).name())
                        .collect(Collectors.joining(", ")) + " (в любом регистре)"
                : "";
        return problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "Ошибка в параметрах запроса",
                name + ": значение «" + shown(e.getValue()) + "» не подходит" + allowed);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "Ошибка в параметрах запроса",
                e.getParameterValidationResults().stream()
                        .flatMap(result -> result.getResolvableErrors().stream().map(error ->
                                result.getMethodParameter().getParameterName() + ": " + error.getDefaultMessage()))
                        .collect(Collectors.joining("; ")));
    }

    private static String lastNode(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

}
