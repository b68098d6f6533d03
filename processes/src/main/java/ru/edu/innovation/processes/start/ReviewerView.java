package ru.edu.innovation.processes.start;

import ru.edu.innovation.api.common.Organization;
import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.common.Person;
import ru.edu.innovation.api.common.StatusLevel;
import ru.edu.innovation.api.indicator.IndicatorDefinition;
import ru.edu.innovation.api.indicator.IndicatorValue;
import ru.edu.innovation.api.project.ProjectDetails;
import ru.edu.innovation.api.project.StagePlan;
import ru.edu.innovation.api.report.ReportActivityRow;
import ru.edu.innovation.api.report.ReportKind;
import ru.edu.innovation.api.report.ReportSections;
import ru.edu.innovation.processes.ApprovalProcesses;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
    /** The analytical note (up to 100,000 characters) is shown whole, in parts that fit a variable. */
    static final int NOTE_PARTS = 26;
    static final String NOTE = "reportAnalyticalNote";
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
        variables.put("reportTheme", clip(sections.theme(), MAX_TEXT));
        variables.put("reportGoal", clip(sections.goal(), MAX_TEXT));
        variables.put("reportStages", clip(numbered(sections.stages()), MAX_TEXT));
        variables.put("reportAddress", clip(sections.addressAndContacts(), MAX_TEXT));
        List<String> parts = parts(sections.analyticalNote(), MAX_TEXT);
        if (parts.size() > NOTE_PARTS) {
            // Only a note of unbroken words would need more parts than a form shows.
            String rest = String.join("", parts.subList(NOTE_PARTS - 1, parts.size()));
            parts = new ArrayList<>(parts.subList(0, NOTE_PARTS - 1));
            parts.add(clip(rest, MAX_TEXT - 60));
        }
        for (int part = 1; part <= NOTE_PARTS; part++) {
            variables.put(notePart(part), part <= parts.size() ? parts.get(part - 1) : null);
        }
        return variables;
    }

    /** {@code reportAnalyticalNote}, {@code reportAnalyticalNote2} … */
    static String notePart(int part) {
        return part == 1 ? NOTE : NOTE + part;
    }

    /**
     * The indicators with their baseline, target and every value recorded, e.g. «1. Средний балл ОГЭ
     * по физике, балл: исходное 14,8 → целевое 17,8; 2022–2023: 15,2».
     */
    static String indicators(List<ProjectHistory.Indicator> indicators) {
        if (indicators.isEmpty()) {
            return "Показатели в проекте не заданы.";
        }
        List<String> lines = indicators.stream().map(indicator -> {
            IndicatorDefinition definition = indicator.definition();
            String reached = indicator.values().isEmpty() ? "значения не внесены"
                    : indicator.values().stream().map(value -> value.period().label() + ": " + reachedValue(value)
                            + (value.comment() == null || value.comment().isBlank() ? "" : " (" + value.comment().strip() + ")"))
                    .collect(Collectors.joining("; "));
            String components = definition.components().stream()
                    .map(component -> component.name() + " " + number(component.baseline()) + " → "
                            + number(component.target()))
                    .collect(Collectors.joining(", "));
            return definition.name() + (definition.unit() == null ? "" : ", " + definition.unit()) + ": исходное " + number(definition.baseline())
                    + " → целевое " + number(definition.target())
                    + (components.isEmpty() ? "" : " (составляющие: " + components + ")") + "; " + reached;
        }).toList();
        return clip(numbered(lines), MAX_TEXT);
    }

    /**
     * What a reviewer compares between rounds: each part of the application or report under its
     * Russian name, with a digest of its content.
     */
    static Map<String, String> fingerprint(ProjectDetails details) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("уровень статуса", String.valueOf(details.levelAppliedFor()));
        parts.put("тема", details.theme());
        parts.put("цель", details.goal());
        parts.put("задачи", String.valueOf(details.tasks()));
        parts.put("направление", details.direction());
        parts.put("срок реализации", String.valueOf(details.period()));
        parts.put("этапы", String.valueOf(details.stages()));
        parts.put("участники", String.valueOf(details.participants()));
        parts.put("руководитель и заместитель", details.leader() + " " + details.deputy());
        parts.put("координаторы", String.valueOf(details.coordinators()));
        parts.put("научный консультант", String.valueOf(details.scientificConsultant()));
        parts.put("команда", String.valueOf(details.team()));
        parts.put("партнёры", String.valueOf(details.partners()));
        parts.put("риски", String.valueOf(details.risks()));
        return digests(parts);
    }

    static Map<String, String> fingerprint(ReportSections sections) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("организации-участники", String.valueOf(sections.organizations()));
        parts.put("адрес и контакты", sections.addressAndContacts());
        parts.put("руководитель", String.valueOf(sections.leader()));
        parts.put("тема", sections.theme());
        parts.put("цель", sections.goal());
        parts.put("этапы", String.valueOf(sections.stages()));
        parts.put("таблица мероприятий", String.valueOf(sections.activities()));
        parts.put("аналитическая записка", sections.analyticalNote());
        return digests(parts);
    }

    private static Map<String, String> digests(Map<String, String> parts) {
        Map<String, String> digests = new LinkedHashMap<>();
        parts.forEach((name, text) -> digests.put(name, Integer.toHexString(String.valueOf(text).hashCode())));
        return digests;
    }

    private static List<String> parts(String text, int max) {
        List<String> parts = new ArrayList<>();
        String rest = text;
        while (rest.length() > max) {
            int cut = rest.lastIndexOf(' ', max);
            cut = cut < max / 2 ? max : cut + 1;
            parts.add(rest.substring(0, cut));
            rest = rest.substring(cut);
        }
        parts.add(rest);
        return parts;
    }

    /** The value of the indicator, or of each of its components, as written. */
    private static String reachedValue(IndicatorValue value) {
        String components = value.components().stream()
                .map(component -> component.component() + " " + number(component.value()))
                .collect(Collectors.joining(", "));
        if (value.value() == null) {
            return components;
        }
        return number(value.value()) + (components.isEmpty() ? "" : " (" + components + ")");
    }

    /** A number as written, with a decimal comma; «не задано» where a document gives none. */
    private static String number(BigDecimal value) {
        if (value == null) {
            return "не задано";
        }
        return value.toPlainString().replace('.', ',');
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
