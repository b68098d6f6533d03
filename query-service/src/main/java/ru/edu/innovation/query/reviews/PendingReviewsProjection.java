package ru.edu.innovation.query.reviews;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AllowReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import ru.edu.innovation.api.project.ApplicationSignedEvent;
import ru.edu.innovation.api.project.ApplicationSubmittedEvent;
import ru.edu.innovation.api.project.ExpertDecisionRecordedEvent;
import ru.edu.innovation.api.project.MinistryDecisionRecordedEvent;
import ru.edu.innovation.api.project.ProjectCompletedEvent;
import ru.edu.innovation.api.project.ProjectDraftRegisteredEvent;
import ru.edu.innovation.api.project.ProjectDraftUpdatedEvent;
import ru.edu.innovation.api.project.ReviewingInstituteAssignedEvent;
import ru.edu.innovation.api.report.ReportResubmittedEvent;
import ru.edu.innovation.api.report.ReportReviewedEvent;
import ru.edu.innovation.api.report.ReportSignedEvent;
import ru.edu.innovation.api.report.ReportSubmittedEvent;
import ru.edu.innovation.api.review.ApprovalCancelledEvent;
import ru.edu.innovation.api.review.ReviewOverdueRecordedEvent;
import ru.edu.innovation.api.stage.StageCompletedEvent;
import ru.edu.innovation.api.stage.StageCompletionRequestedEvent;
import ru.edu.innovation.api.stage.StageCompletionReviewedEvent;
import ru.edu.innovation.api.stage.StageStartedEvent;
import ru.edu.innovation.api.status.StatusAssignedEvent;
import ru.edu.innovation.api.status.StatusRevokedEvent;
import ru.edu.innovation.query.card.EventContext;
import ru.edu.innovation.query.projection.UnitOfWorkBatches;
import ru.edu.innovation.query.projection.ViewTables;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What waits for a review at the institute or the ministry, across every project: a projection of
 * its own (processing group {@value #PROCESSING_GROUP}, tables {@code pending_review} and
 * {@code pending_review_project}), the example a further cross-project view copies.
 * <p>
 * It handles only the events that change what waits — a handler per event class, so the held
 * events that make most of a stream are never read by it — and folds them per project through the
 * card's own fold ({@link ru.edu.innovation.query.card.ProjectCard#apply}), so the queue and the card
 * cannot disagree. Each batch reads and writes each project once ({@link UnitOfWorkBatches}); an
 * event it cannot handle is parked with Axon's dead-letter queue and the project's later events
 * behind it ({@code admin.ParkedEventsConfiguration}), while every other project goes on. "Rebuild
 * everything" resets it with the other processors, and its {@link #reset} empties its tables.
 */
@Component
@AllowReplay
@ProcessingGroup(PendingReviewsProjection.PROCESSING_GROUP)
public class PendingReviewsProjection {

    public static final String PROCESSING_GROUP = "pending-reviews";

    /** The event classes this projection has a handler for: what a batch reads projects for. */
    static final Set<Class<?>> HANDLED = Arrays.stream(PendingReviewsProjection.class.getDeclaredMethods())
            .filter(method -> method.isAnnotationPresent(EventHandler.class))
            .map(Method::getParameterTypes)
            .map(parameters -> parameters[0])
            .collect(Collectors.toUnmodifiableSet());

    private final PendingReviewRepository queue;
    private final UnitOfWorkBatches<PendingReviewRepository.Batch> batches;

    public PendingReviewsProjection(PendingReviewRepository queue, ViewTables tables) {
        this.queue = queue;
        this.batches = new UnitOfWorkBatches<>(PROCESSING_GROUP, new UnitOfWorkBatches.Storage<>() {
            @Override
            public PendingReviewRepository.Batch open(List<? extends EventMessage<?>> events) {
                Set<String> projects = new LinkedHashSet<>();
                for (EventMessage<?> event : events) {
                    if (event instanceof DomainEventMessage<?> domain && HANDLED.contains(domain.getPayloadType())) {
                        projects.add(domain.getAggregateIdentifier());
                    }
                }
                return queue.open(projects);
            }

            @Override
            public void write(PendingReviewRepository.Batch batch) {
                queue.write(batch);
            }
        }, tables);
    }

    @EventHandler
    void on(ProjectDraftRegisteredEvent event, DomainEventMessage<?> message) {
        fold(event, message);
    }

    @EventHandler
    void on(ProjectDraftUpdatedEvent event, DomainEventMessage<?> message) {
        fold(event, message);
    }

    @EventHandler
    void on(ApplicationSubmittedEvent event, DomainEventMessage<?> message) {
        fold(event, message);
    }

    @EventHandler
    void on(ReviewingInstituteAssignedEvent event, DomainEventMessage<?> message) {
        fold(event, message);
    }

    @EventHandler
    void on(ApplicationSignedEvent event, DomainEventMessage<?> message) {
        fold(event, message);
    }

    @EventHandler
    void on(ExpertDecisionRecordedEvent event, DomainEventMessage<?> message) {
        fold(event, message);
    }

    @EventHandler
    void on(MinistryDecisionRecordedEvent event, DomainEventMessage<?> message) {
        fold(event, message);
    }

    @EventHandler
    void on(StatusAssignedEvent event, DomainEventMessage<?> message) {
        fold(event, message);
    }

    @EventHandler
    void on(StatusRevokedEvent event, DomainEventMessage<?> message) {
        fold(event, message);
    }

    @EventHandler
    void on(ProjectCompletedEvent event, DomainEventMessage<?> message) {
        fold(event, message);
    }

    @EventHandler
    void on(StageStartedEvent event, DomainEventMessage<?> message) {
        fold(event, message);
    }

    @EventHandler
    void on(StageCompletionRequestedEvent event, DomainEventMessage<?> message) {
        fold(event, message);
    }

    @EventHandler
    void on(StageCompletionReviewedEvent event, DomainEventMessage<?> message) {
        fold(event, message);
    }

    @EventHandler
    void on(StageCompletedEvent event, DomainEventMessage<?> message) {
        fold(event, message);
    }

    @EventHandler
    void on(ReportSubmittedEvent event, DomainEventMessage<?> message) {
        fold(event, message);
    }

    @EventHandler
    void on(ReportSignedEvent event, DomainEventMessage<?> message) {
        fold(event, message);
    }

    @EventHandler
    void on(ReportReviewedEvent event, DomainEventMessage<?> message) {
        fold(event, message);
    }

    @EventHandler
    void on(ReportResubmittedEvent event, DomainEventMessage<?> message) {
        fold(event, message);
    }

    @EventHandler
    void on(ReviewOverdueRecordedEvent event, DomainEventMessage<?> message) {
        fold(event, message);
    }

    @EventHandler
    void on(ApprovalCancelledEvent event, DomainEventMessage<?> message) {
        fold(event, message);
    }

    @ResetHandler
    public void reset() {
        queue.deleteAll();
    }

    /** Skips an event folded before (a batch read again after a restart), so each changes the queue once. */
    private void fold(Object event, DomainEventMessage<?> message) {
        batches.handle(message, batch -> {
            String projectId = message.getAggregateIdentifier();
            if (message.getSequenceNumber() > batch.versionOf(projectId)) {
                batch.fold(projectId, event, EventContext.of(message));
            }
        });
    }
}
