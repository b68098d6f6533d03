package ru.edu.innovation.platform.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.net.URI;

/** RFC 9457 problem details as both services answer them: a stable {@code code}, its type URN, a Russian title. */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail body(HttpStatus status, String code, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:innovation:problem:" + code.toLowerCase().replace('_', '-')));
        problem.setTitle(title);
        problem.setProperty("code", code);
        return problem;
    }

    /** 503 with Retry-After: nothing is wrong with the request, it may be sent again once the database is back. */
    public static ResponseEntity<Object> databaseUnavailable() {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS))
                .body(body(HttpStatus.SERVICE_UNAVAILABLE, "DATABASE_UNAVAILABLE", "База данных недоступна",
                        "Хранилище временно недоступно, запрос не выполнен; повторите его через несколько секунд"));
    }
}
