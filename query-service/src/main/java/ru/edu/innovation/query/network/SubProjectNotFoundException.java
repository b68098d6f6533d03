package ru.edu.innovation.query.network;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/** The project exists and may be read, but has no such sub-project; problem details as every read error has them. */
public class SubProjectNotFoundException extends ErrorResponseException {

    public SubProjectNotFoundException(String projectId, String subProjectId) {
        super(HttpStatus.NOT_FOUND, problem(projectId, subProjectId), null);
    }

    private static ProblemDetail problem(String projectId, String subProjectId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "В проекте " + projectId + " нет подпроекта " + subProjectId);
        problem.setType(URI.create("urn:innovation:problem:sub-project-not-found"));
        problem.setTitle("Подпроект не найден");
        problem.setProperty("code", "SUB_PROJECT_NOT_FOUND");
        return problem;
    }
}
