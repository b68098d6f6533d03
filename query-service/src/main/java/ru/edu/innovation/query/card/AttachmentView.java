package ru.edu.innovation.query.card;

import java.time.Instant;

/**
 * A file attached to the version of a report the school prepares: what the history says of it (the
 * bytes stay in command-service's store, proven by {@code sha256}), by whom and when.
 */
public record AttachmentView(String attachmentId, String fileName, String mediaType, long size, String sha256,
                             String appendix, String attachedBy, Instant attachedAt) {
}
