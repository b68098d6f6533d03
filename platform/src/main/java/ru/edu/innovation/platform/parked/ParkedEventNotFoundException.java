package ru.edu.innovation.platform.parked;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/** No event is parked under the key an administrator gave (the feed's or a projection's): 404 with its problem details. */
public class ParkedEventNotFoundException extends ErrorResponseException {

    /** @param detail which parked events were searched for what, in Russian */
    public ParkedEventNotFoundException(String detail) {
        super(HttpStatus.NOT_FOUND, problem(detail), null);
    }

    private static ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
        problem.setType(URI.create("urn:innovation:problem:parked-event-not-found"));
        problem.setTitle("Отложенное событие не найдено");
        problem.setProperty("code", "PARKED_EVENT_NOT_FOUND");
        return problem;
    }
}
