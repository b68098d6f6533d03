package ru.edu.innovation.command.feed;

/** The broker did not take a batch of events; the publisher retries it from its stored token. */
public class FeedUnavailableException extends RuntimeException {

    public FeedUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
