package ru.edu.innovation.query.reviews;

import ru.edu.innovation.api.common.ReviewLevel;
import ru.edu.innovation.api.review.ReviewedItem;
import ru.edu.innovation.query.card.ProjectCard;
import ru.edu.innovation.query.card.ProjectStatus;
import ru.edu.innovation.query.card.ReportTitles;
import ru.edu.innovation.query.card.ReportView;
import ru.edu.innovation.query.card.ReviewStepState;
import ru.edu.innovation.query.card.StageView;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An application, report or stage completion waiting for a decision at the institute or the ministry.
 * {@code reviewingInstituteId} is the project's reviewing institute (none for a project stored before
 * institutes were named).
 */
public record PendingReview(String projectId, ReviewedItem item, String itemId, ReviewLevel level, String title,
                            String organizationId, String organizationName, String territory,
                            Instant waitingSince, boolean overdue, String reviewingInstituteId) {

    /** Everything of {@code card} that waits for a review right now. */
    public static List<PendingReview> of(ProjectCard card) {
        List<PendingReview> pending = new ArrayList<>();
        ReviewLevel applicationLevel = card.status() == ProjectStatus.AT_INSTITUTE ? ReviewLevel.INSTITUTE
                : card.status() == ProjectStatus.AT_MINISTRY ? ReviewLevel.MINISTRY : null;
        if (applicationLevel != null) {
            pending.add(pending(card, ReviewedItem.APPLICATION, "", applicationLevel,
                    "Заявка: " + card.details().theme(), card.statusSince(), card.applicationOverdue()));
        }
        for (ReportView report : card.reports().values()) {
            ReviewLevel level = levelAwaited(report.step());
            if (level != null) {
                pending.add(pending(card, ReviewedItem.REPORT, report.reportId(), level,
                        ReportTitles.of(report), report.stepSince(), report.overdue()));
            }
        }
        for (StageView stage : card.stages()) {
            ReviewLevel level = levelAwaited(stage.step());
            if (level != null) {
                pending.add(pending(card, ReviewedItem.STAGE_COMPLETION, Integer.toString(stage.number()), level,
                        "Завершение этапа " + stage.number() + ": " + stage.name(), stage.stepSince(), stage.overdue()));
            }
        }
        return pending;
    }

    private static ReviewLevel levelAwaited(ReviewStepState step) {
        if (step == ReviewStepState.AWAITING_INSTITUTE) {
            return ReviewLevel.INSTITUTE;
        }
        return step == ReviewStepState.AWAITING_MINISTRY ? ReviewLevel.MINISTRY : null;
    }

    private static PendingReview pending(ProjectCard card, ReviewedItem item, String itemId, ReviewLevel level,
                                         String title, Instant since, boolean overdue) {
        var lead = card.details().leadOrganization();
        return new PendingReview(card.projectId(), item, itemId, level, title, lead.id(),
                lead.shortName() == null || lead.shortName().isBlank() ? lead.fullName() : lead.shortName(),
                lead.territory(), since, overdue,
                card.reviewingInstitute() == null ? null : card.reviewingInstitute().id());
    }
}
