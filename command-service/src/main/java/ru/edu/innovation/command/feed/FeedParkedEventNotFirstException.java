package ru.edu.innovation.command.feed;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/** A retry asked for an event that waits behind an earlier parked event of its project: 409 naming that one. */
public class FeedParkedEventNotFirstException extends ErrorResponseException {

    public FeedParkedEventNotFirstException(FeedParkedEvent asked, FeedParkedEvent first) {
        super(HttpStatus.CONFLICT, problem(asked, first), null);
    }

    private static ProblemDetail problem(FeedParkedEvent asked, FeedParkedEvent first) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Событие с позицией " + asked.globalIndex() + " ждёт более раннее отложенное событие проекта "
                        + asked.projectId() + ": сначала повторите или пропустите событие с позицией " + first.globalIndex());
        problem.setType(URI.create("urn:innovation:problem:parked-event-not-first"));
        problem.setTitle("Сначала — более раннее событие проекта");
        problem.setProperty("code", "PARKED_EVENT_NOT_FIRST");
        problem.setProperty("firstParkedPosition", first.globalIndex());
        return problem;
    }
}
