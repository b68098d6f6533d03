package ru.edu.innovation.platform.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * What both services' exception advice answers alike: Spring MVC's own refusals with the product's
 * code and Russian text, the firewall's and a multipart body's refusals, the database being away.
 * Each service's advice extends it with the errors of its own.
 */
public abstract class ProblemDetailsBase extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsBase.class);

    /**
     * Spring MVC's own refusals (method not allowed, unsupported media type, missing parameter …)
     * get the product's code and a Russian title and detail like every other problem.
     */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            StandardProblems.standardize(problem, status.value());
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    /** Spring Security's firewall refusing a parameter (a NUL in its name) read by a controller or interceptor. */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<Object> requestRejected(RequestRejectedException e) {
        return problem(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", "Неверный формат запроса",
                "Запрос отклонён: недопустимые символы в адресе или параметрах");
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> multipart(MultipartException e) {
        StandardProblems.Problem unsupported = StandardProblems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE.value());
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, unsupported.code(), unsupported.title(), unsupported.detail());
    }

    /** Anything else: the database being away, or a failure of ours, logged with its trace and answered without it. */
    @ExceptionHandler(Exception.class)
    public ResponseEntity<Object> unexpected(Exception e) {
        if (DatabaseUnavailable.causedBy(e)) {
            return databaseUnavailable(e);
        }
        log.error("Unexpected failure", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", "Внутренняя ошибка", unexpectedDetail());
    }

    /** What a failure of ours tells the caller. */
    protected String unexpectedDetail() {
        return "Запрос не выполнен из-за внутренней ошибки";
    }

    protected static ResponseEntity<Object> databaseUnavailable(Exception e) {
        log.warn("Request not taken, the database is unavailable: {}", e.toString());
        return Problems.databaseUnavailable();
    }

    /** A value as a problem may quote it: short, on one line, without control characters. */
    protected static String shown(Object value) {
        String text = String.valueOf(value).replaceAll("[\\p{Cntrl}\\p{Cs}]", "?");
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    protected static ResponseEntity<Object> problem(HttpStatus status, String code, String title, String detail) {
        return ResponseEntity.status(status).body(body(status, code, title, detail));
    }

    protected static ProblemDetail body(HttpStatus status, String code, String title, String detail) {
        return Problems.body(status, code, title, detail);
    }
}
