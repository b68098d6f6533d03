package ru.edu.innovation.query.documents;

import ru.edu.innovation.api.report.ReportActivityRow;
import ru.edu.innovation.api.report.ReportSections;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What changed between two versions of a report, section by section: each section of the form whose
 * content differs with its content before and after, and the rows of the activity table added,
 * removed or changed. A row is the same row in both versions when it names the same planned activity
 * (the n-th row of a name with the n-th), so a row moved in the table is not reported as changed.
 */
public record VersionDiff(int from, int to, List<SectionChange> sections, List<RowChange> activities) {

    public enum Change { ADDED, REMOVED, CHANGED }

    /** A section of the form: its field in {@link ReportSections}, its title, and its content in each version. */
    public record SectionChange(String section, String title, Change change, Object before, Object after) {
    }

    /** A row of the activity table; positions count from 1, empty on the side the row is missing from. */
    public record RowChange(Change change, Integer beforePosition, Integer afterPosition, ReportActivityRow before,
                            ReportActivityRow after) {
    }

    private static final Map<String, Section> SECTIONS = formSections();

    private record Section(String title, Function<ReportSections, Object> content) {
    }

    private static Map<String, Section> formSections() {
        Map<String, Section> sections = new LinkedHashMap<>();
        sections.put("organizations", new Section("1.1. Организации — участники проекта", ReportSections::organizations));
        sections.put("addressAndContacts", new Section("1.2. Адрес, контакты", ReportSections::addressAndContacts));
        sections.put("leader", new Section("1.3. Руководитель", ReportSections::leader));
        sections.put("theme", new Section("2. Тема проекта", ReportSections::theme));
        sections.put("goal", new Section("2. Цель проекта", ReportSections::goal));
        sections.put("stages", new Section("2. Этапы проекта", ReportSections::stages));
        sections.put("activities", new Section("2. Таблица мероприятий", ReportSections::activities));
        sections.put("analyticalNote", new Section("2. Аналитическая справка", ReportSections::analyticalNote));
        return sections;
    }

    public static VersionDiff between(int from, ReportSections before, int to, ReportSections after) {
        List<SectionChange> sections = new ArrayList<>();
        SECTIONS.forEach((field, section) -> {
            Object was = section.content().apply(before);
            Object is = section.content().apply(after);
            if (!Objects.equals(was, is)) {
                sections.add(new SectionChange(field, section.title(), change(was, is), was, is));
            }
        });
        return new VersionDiff(from, to, sections, rows(before.activities(), after.activities()));
    }

    private static Change change(Object before, Object after) {
        if (empty(before)) {
            return Change.ADDED;
        }
        return empty(after) ? Change.REMOVED : Change.CHANGED;
    }

    private static boolean empty(Object content) {
        return content == null || content instanceof List<?> list && list.isEmpty()
                || content instanceof String text && text.isBlank();
    }

    private static List<RowChange> rows(List<ReportActivityRow> before, List<ReportActivityRow> after) {
        Map<String, Integer> occurrences = new HashMap<>();
        Map<String, Integer> positionBefore = new LinkedHashMap<>();
        for (int i = 0; i < before.size(); i++) {
            positionBefore.put(key(before.get(i), occurrences), i);
        }
        occurrences.clear();
        List<RowChange> changes = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            ReportActivityRow row = after.get(i);
            Integer was = positionBefore.remove(key(row, occurrences));
            if (was == null) {
                changes.add(new RowChange(Change.ADDED, null, i + 1, null, row));
            } else if (!before.get(was).equals(row)) {
                changes.add(new RowChange(Change.CHANGED, was + 1, i + 1, before.get(was), row));
            }
        }
        positionBefore.values().forEach(was ->
                changes.add(new RowChange(Change.REMOVED, was + 1, null, before.get(was), null)));
        return changes;
    }

    /** The row's planned activity and which of the rows of that name it is. */
    private static String key(ReportActivityRow row, Map<String, Integer> occurrences) {
        int nth = occurrences.merge(row.plannedActivity(), 1, Integer::sum);
        return row.plannedActivity() + "\u0000" + nth;
    }
}
