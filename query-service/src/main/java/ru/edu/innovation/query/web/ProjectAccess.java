package ru.edu.innovation.query.web;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import ru.edu.innovation.query.card.ProjectCard;
import ru.edu.innovation.query.card.storage.ProjectCardRepository;
import ru.edu.innovation.query.security.ProjectOrganizations;
import ru.edu.innovation.query.security.Reader;

import java.time.Duration;

/** The one place that decides whether the current reader may see a project. */
@Component
public class ProjectAccess {

    private static final Duration POLL = Duration.ofMillis(20);

    private final ProjectCardRepository cards;
    private final Duration maxWait;

    public ProjectAccess(ProjectCardRepository cards, ReadYourWritesProperties properties) {
        this.cards = cards;
        this.maxWait = properties.maxWait();
    }

    public static Reader reader() {
        return (Reader) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
    }

    /**
     * Checks that the reader may see the project without loading its card (the auditor's views read
     * the event store, and a long project's card is large): 404 if there is none, 403 if another school's
     * (a network's participant reads it as its lead does).
     */
    public void requireReadable(String projectId) {
        ProjectOrganizations organizations = cards.organizationsOf(projectId)
                .orElseThrow(() -> new ProjectNotFoundException(projectId));
        if (!reader().mayRead(organizations)) {
            throw new ProjectAccessDeniedException();
        }
    }

    /**
     * Read-your-writes: with {@code minVersion} (the version a command answered), waits until the
     * views have applied at least that version of the project, at most {@code max-wait}, then
     * answers 409 VIEW_NOT_YET_UPDATED.
     */
    public ProjectCard readableCard(String projectId, Long minVersion) {
        if (minVersion != null) {
            awaitVersion(projectId, minVersion);
        }
        ProjectCard card = cards.findComplete(projectId).orElseThrow(() -> new ProjectNotFoundException(projectId));
        if (!reader().mayRead(new ProjectOrganizations(card.details().leadOrganization().id(),
                OrganizationsIn.participantIds(card.details().participants())))) {
            throw new ProjectAccessDeniedException();
        }
        return card;
    }

    private void awaitVersion(String projectId, long minVersion) {
        long deadline = System.nanoTime() + maxWait.toNanos();
        long current = cards.versionOf(projectId);
        while (current < minVersion) {
            if (System.nanoTime() >= deadline) {
                throw new ViewNotYetUpdatedException(projectId, minVersion, current);
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new ViewNotYetUpdatedException(projectId, minVersion, current);
            }
            current = cards.versionOf(projectId);
        }
    }
}
