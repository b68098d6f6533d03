package ru.edu.innovation.processes.start;

import ru.edu.innovation.api.common.Organization;
import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.common.Person;
import ru.edu.innovation.api.common.StatusLevel;
import ru.edu.innovation.api.project.ProjectDetails;
import ru.edu.innovation.api.project.StagePlan;
import ru.edu.innovation.api.report.ReportActivityRow;
import ru.edu.innovation.api.report.ReportKind;
import ru.edu.innovation.api.report.ReportSections;
import ru.edu.innovation.processes.ApprovalProcesses;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The process variables a reviewer's form shows: the business data rendered as short Russian texts.
 * Camunda keeps a string variable in a 4000-character column, so long texts are cut with a note.
 */
final class ReviewerView {

    private static final int MAX_TEXT = 3900;
    private static final int MAX_NOTE = 3500;
    /** What a form shows for a part of a draft not filled in yet. */
    private static final String NOT_GIVEN = "не указано";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private ReviewerView() {
    }

    static Map<String, Object> project(String projectId, ProjectDetails details) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ApprovalProcesses.PROJECT_ID, projectId);
        variables.put(ApprovalProcesses.ORGANIZATION_ID, details.leadOrganization().id());
        variables.put(ApprovalProcesses.ORGANIZATION_NAME, name(details.leadOrganization()));
        variables.put(ApprovalProcesses.PROJECT_THEME, clip(details.theme(), MAX_TEXT));
        return variables;
    }

    static Map<String, Object> application(String projectId, ProjectDetails details) {
        Map<String, Object> variables = project(projectId, details);
        variables.put(ApprovalProcesses.LEVEL_APPLIED_FOR, details.levelAppliedFor().name());
        variables.put("levelLabel", label(details.levelAppliedFor()));
        variables.put("projectGoal", details.goal() == null ? NOT_GIVEN : clip(details.goal(), MAX_TEXT));
        variables.put("projectTasks", clip(numbered(details.tasks()), MAX_TEXT));
        variables.put("projectPeriod", details.period() == null ? NOT_GIVEN : period(details.period()));
        variables.put("projectStages", clip(numbered(details.stages().stream()
                .map(stage -> stage.name() + " (" + period(stage.period()) + ")").toList()), MAX_TEXT));
        variables.put("projectLeader", details.leader() == null ? NOT_GIVEN : person(details.leader()));
        variables.put("projectDirection", details.direction() == null ? "" : clip(details.direction(), MAX_TEXT));
        return variables;
    }

    static Map<String, Object> report(ReportKind kind, Period reportingPeriod, ReportSections sections) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("reportKindLabel", kind == ReportKind.FINAL ? "Итоговый отчёт" : "Промежуточный отчёт");
        variables.put("reportingPeriodLabel", reportingPeriod.label());
        variables.putAll(sections(sections));
        return variables;
    }

    static Map<String, Object> sections(ReportSections sections) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("reportLeader", person(sections.leader()));
        variables.put("reportOrganizations", clip(String.join("\n", sections.organizations()), MAX_TEXT));
        variables.put("reportActivities", clip(sections.activities().stream()
                .map(ReviewerView::row)
                .collect(Collectors.joining("\n")), MAX_TEXT));
        variables.put("reportAnalyticalNote", clip(sections.analyticalNote(), MAX_NOTE));
        return variables;
    }

    static Map<String, Object> stage(StagePlan stage, int number, String summary) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ApprovalProcesses.STAGE_NUMBER, number);
        variables.put("stageName", stage.name());
        variables.put("stagePeriod", period(stage.period()));
        variables.put(ApprovalProcesses.SUMMARY, clip(summary, MAX_TEXT));
        return variables;
    }

    private static String row(ReportActivityRow row) {
        return "• " + row.plannedActivity() + " — " + row.actuallyDone()
                + (row.results() == null || row.results().isBlank() ? "" : " — " + row.results());
    }

    private static String numbered(List<String> lines) {
        return IntStream.range(0, lines.size())
                .mapToObj(i -> (i + 1) + ". " + lines.get(i))
                .collect(Collectors.joining("\n"));
    }

    private static String name(Organization organization) {
        return organization.shortName() == null || organization.shortName().isBlank()
                ? organization.fullName() : organization.shortName();
    }

    private static String person(Person person) {
        return person.position() == null || person.position().isBlank()
                ? person.fullName() : person.fullName() + ", " + person.position();
    }

    private static String period(Period period) {
        return DATE.format(period.from()) + " – " + DATE.format(period.to());
    }

    private static String label(StatusLevel level) {
        return switch (level) {
            case FEDERAL -> "федеральная инновационная площадка";
            case REGIONAL -> "региональная инновационная площадка";
            case MUNICIPAL -> "муниципальная инновационная площадка";
            case INSTITUTE_SUPPORT_SITE -> "опорная площадка института развития образования";
        };
    }

    private static String clip(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        return text.substring(0, max) + "… (текст сокращён; полностью — в карточке проекта)";
    }
}
