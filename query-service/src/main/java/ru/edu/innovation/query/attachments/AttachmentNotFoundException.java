package ru.edu.innovation.query.attachments;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/** The report exists and may be read, but has no such file attached (or it was removed from it). */
public class AttachmentNotFoundException extends ErrorResponseException {

    public AttachmentNotFoundException(String reportId, String attachmentId) {
        super(HttpStatus.NOT_FOUND, problem(reportId, attachmentId), null);
    }

    private static ProblemDetail problem(String reportId, String attachmentId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "К отчёту " + reportId + " не приложен файл " + attachmentId);
        problem.setType(URI.create("urn:innovation:problem:attachment-not-found"));
        problem.setTitle("Приложение не найдено");
        problem.setProperty("code", "ATTACHMENT_NOT_FOUND");
        return problem;
    }
}
