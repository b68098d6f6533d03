package ru.edu.innovation.query.admin;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/**
 * A rebuild was asked for while one runs: 409 with the running one's status. As an
 * {@link ErrorResponseException} it carries its problem details, which the one exception mapper
 * writes as they are.
 */
public class RebuildAlreadyRunningException extends ErrorResponseException {

    public RebuildAlreadyRunningException(RebuildStatus running) {
        super(HttpStatus.CONFLICT, problem(running), null);
    }

    private static ProblemDetail problem(RebuildStatus running) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Перестроение представлений уже идёт с " + running.startedAt() + ": дождитесь его окончания");
        problem.setType(URI.create("urn:innovation:problem:rebuild-already-running"));
        problem.setTitle("Перестроение уже идёт");
        problem.setProperty("code", "REBUILD_ALREADY_RUNNING");
        problem.setProperty("rebuild", running);
        return problem;
    }
}
