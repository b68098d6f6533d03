package ru.edu.innovation.command.feed;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/** No event is parked at that position of the store: 404 with its problem details. */
public class FeedParkedEventNotFoundException extends ErrorResponseException {

    public FeedParkedEventNotFoundException(long globalIndex) {
        super(HttpStatus.NOT_FOUND, problem(globalIndex), null);
    }

    private static ProblemDetail problem(long globalIndex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Среди отложенных событий потока нет события с позицией " + globalIndex);
        problem.setType(URI.create("urn:innovation:problem:parked-event-not-found"));
        problem.setTitle("Отложенное событие не найдено");
        problem.setProperty("code", "PARKED_EVENT_NOT_FOUND");
        return problem;
    }
}
