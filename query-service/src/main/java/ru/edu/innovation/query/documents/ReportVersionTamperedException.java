package ru.edu.innovation.query.documents;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/**
 * The stored events of a frozen version no longer give its digest or break the hash chain: the
 * document would not be what was submitted, so none is drawn.
 */
public class ReportVersionTamperedException extends ErrorResponseException {

    public ReportVersionTamperedException(String reportId, int number, String reason) {
        super(HttpStatus.CONFLICT, problem(reportId, number, reason), null);
    }

    private static ProblemDetail problem(String reportId, int number, String reason) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Версия " + number + " отчёта " + reportId + " в хранилище событий изменена после подачи: " + reason
                        + ". Документ не составляется; обратитесь к администратору для проверки журнала событий");
        problem.setType(URI.create("urn:innovation:problem:version-tampered"));
        problem.setTitle("Версия отчёта повреждена");
        problem.setProperty("code", "VERSION_TAMPERED");
        return problem;
    }
}
