package ru.edu.innovation.query.pages;

import ru.edu.innovation.query.card.Decision;
import ru.edu.innovation.query.card.ProjectCard;
import ru.edu.innovation.query.card.ReportView;
import ru.edu.innovation.query.card.StageView;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Every step somebody took on a project's application, stages and reports, in the order they were taken. */
final class ProjectDecisions {

    /** A step: on what, by whom from which organization, when, and what was decided or said. */
    record Row(String subject, Decision decision, String organization) {
    }

    private ProjectDecisions() {
    }

    static List<Row> of(ProjectCard card, Labels labels) {
        List<Row> rows = new ArrayList<>();
        card.application().forEach(decision -> rows.add(new Row("Заявка", decision, organization(card, decision, labels))));
        for (StageView stage : card.stages()) {
            stage.decisions().forEach(decision -> rows.add(new Row("Этап " + stage.number() + " «" + stage.name() + "»",
                    decision, organization(card, decision, labels))));
        }
        for (ReportView report : card.reports().values()) {
            String subject = "Отчёт (" + labels.reportKind(report.kind()) + ") за " + report.reportingPeriod().label();
            report.decisions().forEach(decision -> rows.add(new Row(subject, decision, organization(card, decision, labels))));
        }
        rows.sort(Comparator.comparing(row -> row.decision().at(), Comparator.nullsLast(Comparator.naturalOrder())));
        return rows;
    }

    /**
     * The organization a step was taken for: a school's step is the lead organization's, an
     * institute's the reviewing institute's; the ministry and the system act for the region.
     */
    private static String organization(ProjectCard card, Decision decision, Labels labels) {
        if ("SCHOOL".equals(decision.role())) {
            var lead = card.details().leadOrganization();
            return lead.shortName() == null || lead.shortName().isBlank() ? lead.fullName() : lead.shortName();
        }
        if ("INSTITUTE".equals(decision.role()) && card.reviewingInstitute() != null) {
            return card.reviewingInstitute().name();
        }
        return labels.role(decision.role());
    }
}
