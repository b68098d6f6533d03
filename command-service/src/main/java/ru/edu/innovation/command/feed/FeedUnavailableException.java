package ru.edu.innovation.command.feed;

/** The broker did not take a batch of events (the publisher sends it again from its stored position), or the publisher, waiting for the broker, did not take a request. */
public class FeedUnavailableException extends RuntimeException {

    public FeedUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
