package ru.edu.innovation.command.feed;

import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;

/** Another command-service holds the feed's claim: only that one publishes, and only it can re-publish. */
public class FeedClaimedElsewhereException extends RuntimeException {

    public FeedClaimedElsewhereException(UnableToClaimTokenException cause) {
        super("another command-service instance publishes the feed; send the request to that one", cause);
    }
}
