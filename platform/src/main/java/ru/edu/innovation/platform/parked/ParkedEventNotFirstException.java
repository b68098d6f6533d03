package ru.edu.innovation.platform.parked;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/**
 * A retry asked for an event that waits behind an earlier parked event of its project: 409 naming
 * the project's first parked event, which has to go first.
 */
public class ParkedEventNotFirstException extends ErrorResponseException {

    /**
     * @param detail        which event waits for which, in Russian
     * @param firstProperty the problem's property that names the first parked event
     * @param first         its key (the feed's store position, a projection's event id)
     */
    public ParkedEventNotFirstException(String detail, String firstProperty, Object first) {
        super(HttpStatus.CONFLICT, problem(detail, firstProperty, first), null);
    }

    private static ProblemDetail problem(String detail, String firstProperty, Object first) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setType(URI.create("urn:innovation:problem:parked-event-not-first"));
        problem.setTitle("Сначала — более раннее событие проекта");
        problem.setProperty("code", "PARKED_EVENT_NOT_FIRST");
        problem.setProperty(firstProperty, first);
        return problem;
    }
}
