package ru.edu.innovation.query.card;

import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.report.ReportKind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A report's place in the approval chain, every step taken on it, its frozen versions and the files
 * attached to it. The
 * report's text stays in the event history (each version names the event that holds it); the card
 * keeps what the registry and the reviewers' overview need.
 */
public record ReportView(String reportId, ReportKind kind, Period reportingPeriod, ReviewStepState step,
                         Instant stepSince, boolean overdue, List<Decision> decisions, List<ReportVersion> versions,
                         List<AttachmentView> attachments) {

    public ReportView {
        decisions = decisions == null ? new ArrayList<>() : new ArrayList<>(decisions);
        versions = versions == null ? new ArrayList<>() : new ArrayList<>(versions);
        // Cards stored before reports had attachments read back with none.
        attachments = attachments == null ? new ArrayList<>() : new ArrayList<>(attachments);
    }

    ReportView at(ReviewStepState next, Instant since) {
        return new ReportView(reportId, kind, reportingPeriod, next, since, false, decisions, versions, attachments);
    }

    ReportView markedOverdue() {
        return new ReportView(reportId, kind, reportingPeriod, step, stepSince, true, decisions, versions, attachments);
    }

    /** Version {@code number}, if the report has it. */
    public Optional<ReportVersion> version(int number) {
        return versions.stream().filter(version -> version.number() == number).findFirst();
    }

    /** The version reviewers see now: the latest one submitted. */
    public Optional<ReportVersion> latestVersion() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    /**
     * The steps taken on version {@code number}: from its submission up to the next version's. The
     * institute's conclusion on a version is among them, not among another version's.
     */
    public List<Decision> decisionsOn(int number) {
        List<Decision> steps = new ArrayList<>();
        int submissions = 0;
        for (Decision decision : decisions) {
            if ("SUBMITTED".equals(decision.step()) || "RESUBMITTED".equals(decision.step())) {
                submissions++;
            }
            if (submissions == number) {
                steps.add(decision);
            }
        }
        return steps;
    }
}
