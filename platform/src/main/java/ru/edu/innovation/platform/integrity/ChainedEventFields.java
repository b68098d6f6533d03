package ru.edu.innovation.platform.integrity;

/**
 * The columns of one stored event that its hash covers, in the form they are stored in.
 * {@code metaData} may still contain the event's own hash; it is left out when hashing.
 */
public record ChainedEventFields(String aggregateIdentifier, long sequenceNumber, String eventIdentifier,
                                 String timestamp, String payloadType, String payloadRevision,
                                 byte[] payload, byte[] metaData) {
}
