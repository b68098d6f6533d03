package ru.edu.innovation.query.admin;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/** No parked event has that id: 404 with its problem details. */
public class ParkedEventNotFoundException extends ErrorResponseException {

    public ParkedEventNotFoundException(String eventId) {
        super(HttpStatus.NOT_FOUND, problem(eventId), null);
    }

    private static ProblemDetail problem(String eventId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Среди отложенных событий нет события " + eventId);
        problem.setType(URI.create("urn:innovation:problem:parked-event-not-found"));
        problem.setTitle("Отложенное событие не найдено");
        problem.setProperty("code", "PARKED_EVENT_NOT_FOUND");
        return problem;
    }
}
