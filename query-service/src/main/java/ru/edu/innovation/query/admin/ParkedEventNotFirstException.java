package ru.edu.innovation.query.admin;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/**
 * A retry asked for an event that waits behind an earlier parked event of its project: 409 naming
 * the project's first parked event, which has to go first.
 */
public class ParkedEventNotFirstException extends ErrorResponseException {

    public ParkedEventNotFirstException(ParkedEvent asked, ParkedEvent first) {
        super(HttpStatus.CONFLICT, problem(asked, first), null);
    }

    private static ProblemDetail problem(ParkedEvent asked, ParkedEvent first) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Событие " + asked.eventId() + " ждёт более раннее отложенное событие проекта " + asked.projectId()
                        + ": сначала повторите или пропустите событие " + first.eventId());
        problem.setType(URI.create("urn:innovation:problem:parked-event-not-first"));
        problem.setTitle("Сначала — более раннее событие проекта");
        problem.setProperty("code", "PARKED_EVENT_NOT_FIRST");
        problem.setProperty("firstParkedEventId", first.eventId());
        return problem;
    }
}
