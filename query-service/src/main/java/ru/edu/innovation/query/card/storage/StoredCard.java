package ru.edu.innovation.query.card.storage;

import ru.edu.innovation.query.card.EventContext;
import ru.edu.innovation.query.card.ProjectCard;

import java.time.Instant;

/**
 * A card as a batch holds it: how far it has read (its table's columns) and, unless it was read
 * without it, its document. Held events move only how far it has read: their content goes to pages
 * of their own ({@link HeldEventJson}), so a batch of a project's held events alone reads and writes
 * no document.
 */
final class StoredCard {

    private final String projectId;
    private final ProjectCard document;
    private long version;
    private Instant updatedAt;
    /** Whether an event changed the document, not only how far the card has read. */
    private boolean rewritten;

    private StoredCard(String projectId, ProjectCard document, long version, Instant updatedAt) {
        this.projectId = projectId;
        this.document = document;
        this.version = version;
        this.updatedAt = updatedAt;
    }

    /** A project without a stored card: its registration has yet to be folded. */
    static StoredCard none(String projectId) {
        return new StoredCard(projectId, new ProjectCard(), -1, null);
    }

    static StoredCard withDocument(String projectId, ProjectCard document, long version, Instant updatedAt) {
        return new StoredCard(projectId, document, version, updatedAt);
    }

    /** A card read without its document: all a batch needs of a project whose events in it are all held events. */
    static StoredCard position(String projectId, long version, Instant updatedAt) {
        return new StoredCard(projectId, null, version, updatedAt);
    }

    void fold(Object event, EventContext context) {
        if (document == null) {
            throw new IllegalStateException("the card of project " + projectId
                    + " was read without its document and cannot fold " + event.getClass().getSimpleName());
        }
        document.apply(event, context);
        moveTo(context.sequence(), context.at());
        rewritten = true;
    }

    void moveTo(long sequence, Instant at) {
        version = sequence;
        updatedAt = at;
    }

    /** Whether the project's registration was folded, so that the card has a row to write. */
    boolean registered() {
        return document == null || document.projectId() != null;
    }

    String projectId() {
        return projectId;
    }

    ProjectCard document() {
        return document;
    }

    long version() {
        return version;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    boolean rewritten() {
        return rewritten;
    }
}
