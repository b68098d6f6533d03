package ru.edu.innovation.query.attachments;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/**
 * The stored bytes of a file are not the ones the history recorded (their SHA-256 differs, or they
 * are gone): they are not handed out as if they were the school's file.
 */
public class AttachmentTamperedException extends ErrorResponseException {

    public AttachmentTamperedException(String attachmentId, String fileName) {
        super(HttpStatus.CONFLICT, problem(attachmentId, fileName), null);
    }

    private static ProblemDetail problem(String attachmentId, String fileName) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Хранимое содержимое файла «" + fileName + "» (" + attachmentId + ") не совпадает с записанным "
                        + "в истории проекта (SHA-256); файл не выдаётся, сообщите администратору");
        problem.setType(URI.create("urn:innovation:problem:attachment-tampered"));
        problem.setTitle("Файл изменён в хранилище");
        problem.setProperty("code", "ATTACHMENT_TAMPERED");
        return problem;
    }
}
