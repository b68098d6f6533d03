package ru.edu.innovation.query.reports;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/**
 * The project exists and may be read, but has no such report. It carries its problem details in
 * the form every error of the read API has, and the one exception mapper renders them as they are.
 */
public class ReportNotFoundException extends ErrorResponseException {

    public ReportNotFoundException(String projectId, String reportId) {
        super(HttpStatus.NOT_FOUND, problem(projectId, reportId), null);
    }

    private static ProblemDetail problem(String projectId, String reportId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "В проекте " + projectId + " нет отчёта " + reportId);
        problem.setType(URI.create("urn:innovation:problem:report-not-found"));
        problem.setTitle("Отчёт не найден");
        problem.setProperty("code", "REPORT_NOT_FOUND");
        return problem;
    }
}
