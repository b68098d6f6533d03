package ru.edu.innovation.query.documents;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/** The report exists and may be read, but has no version of that number. */
public class ReportVersionNotFoundException extends ErrorResponseException {

    public ReportVersionNotFoundException(String reportId, int number) {
        super(HttpStatus.NOT_FOUND, problem(reportId, number), null);
    }

    private static ProblemDetail problem(String reportId, int number) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "У отчёта " + reportId + " нет версии " + number);
        problem.setType(URI.create("urn:innovation:problem:report-version-not-found"));
        problem.setTitle("Версия отчёта не найдена");
        problem.setProperty("code", "REPORT_VERSION_NOT_FOUND");
        return problem;
    }
}
