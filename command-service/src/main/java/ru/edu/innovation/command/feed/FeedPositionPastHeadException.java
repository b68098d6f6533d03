package ru.edu.innovation.command.feed;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/**
 * A re-publish from a position after the newest stored event: nothing would be sent again, and the
 * events stored up to that position later would be skipped. 409 naming the head of the store.
 */
public class FeedPositionPastHeadException extends ErrorResponseException {

    public FeedPositionPastHeadException(long fromPosition, long head) {
        super(HttpStatus.CONFLICT, problem(fromPosition, head), null);
    }

    private static ProblemDetail problem(long fromPosition, long head) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, head < 0
                ? "В хранилище ещё нет событий: отправить заново можно только с позиции 0"
                : "Позиция " + fromPosition + " дальше последнего события хранилища (" + head
                        + "): отправить заново можно с позиции от 0 до " + head);
        problem.setType(URI.create("urn:innovation:problem:feed-position-past-head"));
        problem.setTitle("Позиция дальше последнего события");
        problem.setProperty("code", "FEED_POSITION_PAST_HEAD");
        problem.setProperty("fromPosition", fromPosition);
        problem.setProperty("head", head);
        return problem;
    }
}
