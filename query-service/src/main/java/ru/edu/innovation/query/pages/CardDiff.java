package ru.edu.innovation.query.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What differs between two states of a project card, field by field, named in Russian: the card
 * is compared as the JSON it is stored as, so whatever the card learns to hold later is compared
 * too (under its own name until it gets a Russian one here).
 */
public final class CardDiff {

    /** One changed field or row: where it is, what it was and what it became (empty when absent). */
    public record Change(String where, String before, String after) {

        public boolean added() {
            return before.isEmpty();
        }

        public boolean removed() {
            return after.isEmpty();
        }
    }

    /** The changes, at most {@link #LIMIT} of them, and how many more were left out. */
    public record Changes(List<Change> shown, int leftOut) {

        public boolean none() {
            return shown.isEmpty();
        }
    }

    static final int LIMIT = 500;
    /** From this depth on (a row of a table of the card), a row that appears or goes is one line. */
    private static final int COLLAPSE_DEPTH = 2;
    /** How long a line summing up a whole row may grow before it is cut. */
    private static final int SUMMARY_LENGTH = 400;

    /** Moves every event makes; shown on the timeline by the event itself, not as a change. */
    private static final Set<String> NOISE = Set.of("version", "updatedAt", "projectId", "activityId", "indicatorId",
            "reportId", "heldEventId");

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("registeredAt", "Зарегистрирован"), Map.entry("status", "Статус"),
            Map.entry("level", "Уровень"), Map.entry("details", "Сведения"), Map.entry("levelAppliedFor", "Заявленный уровень"),
            Map.entry("theme", "Тема"), Map.entry("goal", "Цель"), Map.entry("tasks", "Задачи"),
            Map.entry("direction", "Направление"), Map.entry("period", "Срок"), Map.entry("from", "с"),
            Map.entry("to", "по"), Map.entry("stages", "Этапы"), Map.entry("leadOrganization", "Ведущая организация"),
            Map.entry("fullName", "Полное наименование"), Map.entry("shortName", "Краткое наименование"),
            Map.entry("territory", "Территория"), Map.entry("address", "Адрес"), Map.entry("contacts", "Контакты"),
            Map.entry("phone", "Телефон"), Map.entry("email", "Электронная почта"), Map.entry("website", "Сайт"),
            Map.entry("participants", "Участники"), Map.entry("organization", "Организация"),
            Map.entry("subProjectTitle", "Подпроект"), Map.entry("leader", "Руководитель"),
            Map.entry("deputy", "Заместитель"), Map.entry("coordinators", "Координаторы"),
            Map.entry("scientificConsultant", "Научный консультант"), Map.entry("team", "Команда"),
            Map.entry("partners", "Партнёры"), Map.entry("risks", "Риски"), Map.entry("position", "Должность"),
            Map.entry("login", "Учётная запись"), Map.entry("statusOrder", "Приказ о статусе"),
            Map.entry("orderNumber", "Номер приказа"), Map.entry("orderDate", "Дата приказа"),
            Map.entry("validFrom", "Действует с"), Map.entry("validTo", "Действует по"),
            Map.entry("statusExtensions", "Продления статуса"), Map.entry("revocation", "Отзыв статуса"),
            Map.entry("completion", "Завершение проекта"), Map.entry("statusSince", "Статус с"),
            Map.entry("applicationOverdue", "Заявка просрочена"), Map.entry("reviewingInstitute", "Институт-эксперт"),
            Map.entry("application", "Заявка: шаги"), Map.entry("currentStage", "Текущий этап"),
            Map.entry("number", "Номер"), Map.entry("name", "Название"), Map.entry("started", "Начат"),
            Map.entry("completed", "Завершён"), Map.entry("step", "Шаг согласования"), Map.entry("stepSince", "Шаг с"),
            Map.entry("overdue", "Просрочено"), Map.entry("decisions", "Решения"),
            Map.entry("activities", "Мероприятия"), Map.entry("plan", "План"), Map.entry("taskNumber", "Задача №"),
            Map.entry("title", "Название"), Map.entry("startDate", "Начало"), Map.entry("deadline", "Срок"),
            Map.entry("responsible", "Ответственный"), Map.entry("expectedResult", "Ожидаемый результат"),
            Map.entry("held", "Проведено"), Map.entry("event", "Мероприятие"), Map.entry("date", "Дата"),
            Map.entry("format", "Форма"), Map.entry("resultsAndProducts", "Результаты и продукты"),
            Map.entry("recordedAt", "Записано"), Map.entry("deviation", "Отклонение"), Map.entry("reason", "Причина"),
            Map.entry("managementAction", "Управленческое действие"),
            Map.entry("unplannedEvents", "Мероприятия вне плана"), Map.entry("normativeActs", "Нормативные акты"),
            Map.entry("indicators", "Показатели"), Map.entry("definition", "Определение"), Map.entry("unit", "Единица"),
            Map.entry("baseline", "Базовое значение"), Map.entry("target", "Целевое значение"),
            Map.entry("collectionMethod", "Способ сбора"), Map.entry("schedule", "Периодичность"),
            Map.entry("values", "Значения"), Map.entry("value", "Значение"), Map.entry("comment", "Комментарий"),
            Map.entry("reports", "Отчёты"), Map.entry("kind", "Вид"), Map.entry("reportingPeriod", "Отчётный период"),
            Map.entry("decision", "Решение"), Map.entry("conclusion", "Заключение"), Map.entry("by", "Кто"),
            Map.entry("role", "Роль"), Map.entry("at", "Когда"), Map.entry("processInstanceId", "Процесс"),
            Map.entry("taskId", "Задача процесса"), Map.entry("id", "Код"), Map.entry("functions", "Функции"),
            Map.entry("description", "Описание"), Map.entry("mitigation", "Меры"), Map.entry("summary", "Итог"),
            Map.entry("purpose", "Назначение"), Map.entry("teachers", "Педагоги"), Map.entry("students", "Обучающиеся"),
            Map.entry("parents", "Родители"), Map.entry("others", "Другие"), Map.entry("eventsUntil", "События до"));

    /** Values of the card's enumerations other than those {@link Labels} names, keyed as «field.VALUE». */
    private static final Map<String, String> VALUES = Map.ofEntries(
            Map.entry("kind.INTERIM", "промежуточный"), Map.entry("kind.FINAL", "итоговый"),
            Map.entry("kind.REGULATION", "положение"), Map.entry("kind.ORDER", "приказ"),
            Map.entry("kind.CONTRACT", "договор"), Map.entry("kind.PLAN", "план"), Map.entry("kind.OTHER", "другое"),
            Map.entry("event.SCHOOL", "школьный"), Map.entry("event.MUNICIPAL", "муниципальный"),
            Map.entry("event.REGIONAL", "региональный"), Map.entry("event.INTERREGIONAL", "межрегиональный"),
            Map.entry("event.ALL_RUSSIAN", "всероссийский"), Map.entry("event.INTERNATIONAL", "международный"));

    private final Labels labels;
    private final List<Change> changes = new ArrayList<>();
    private int leftOut;

    private CardDiff(Labels labels) {
        this.labels = labels;
    }

    /** The changes from {@code before} (empty for a project that did not exist yet) to {@code after}. */
    public static Changes between(JsonNode before, JsonNode after, Labels labels) {
        CardDiff diff = new CardDiff(labels);
        diff.compare("", null, null, before == null ? MissingNode.getInstance() : before,
                after == null ? MissingNode.getInstance() : after, 0);
        return new Changes(List.copyOf(diff.changes), diff.leftOut);
    }

    private void compare(String where, String parent, String key, JsonNode before, JsonNode after, int depth) {
        if (before.equals(after)) {
            return;
        }
        if (before.isMissingNode() && after.isContainerNode() && depth >= COLLAPSE_DEPTH) {
            // A whole row appeared (an activity, a participant): one line with what it holds, not a line per field.
            add(where, "", text(parent, key, after));
            return;
        }
        if (after.isMissingNode() && before.isContainerNode() && depth >= COLLAPSE_DEPTH) {
            add(where, text(parent, key, before), "");
            return;
        }
        if (before.isObject() || after.isObject()) {
            Set<String> keys = new LinkedHashSet<>();
            before.fieldNames().forEachRemaining(keys::add);
            after.fieldNames().forEachRemaining(keys::add);
            for (String field : keys) {
                if (NOISE.contains(field)) {
                    continue;
                }
                JsonNode was = before.path(field);
                JsonNode is = after.path(field);
                String name = NAMES.containsKey(field) ? NAMES.get(field) : entryName(field, is.isMissingNode() ? was : is);
                compare(where.isEmpty() ? name : where + " › " + name, key, field, was, is, depth + 1);
            }
        } else if (before.isArray() || after.isArray()) {
            int size = Math.max(before.size(), after.size());
            for (int i = 0; i < size; i++) {
                JsonNode was = before.path(i);
                JsonNode is = after.path(i);
                String name = "№ " + (i + 1) + itemName(is.isMissingNode() ? was : is);
                compare(where + " › " + name, parent, key, was, is, depth + 1);
            }
        } else {
            add(where, text(parent, key, before), text(parent, key, after));
        }
    }

    private void add(String where, String before, String after) {
        if (changes.size() >= LIMIT) {
            leftOut++;
        } else if (!before.equals(after)) {
            changes.add(new Change(where, before, after));
        }
    }

    /** A row of a table kept by its id (an activity, an indicator, a report) is named by what it holds. */
    private String entryName(String id, JsonNode entry) {
        String name = firstText(entry.path("plan").path("title"), entry.path("definition").path("name"),
                entry.path("title"), entry.path("name"));
        if (name != null) {
            return "«" + name + "»";
        }
        JsonNode period = entry.path("reportingPeriod");
        if (period.isObject()) {
            return "отчёт (" + labels.reportKind(entry.path("kind").asText()) + ") за "
                    + text(null, "from", period.path("from")) + " – " + text(null, "to", period.path("to"));
        }
        return id;
    }

    private static String itemName(JsonNode item) {
        String name = firstText(item.path("name"), item.path("title"), item.path("fullName"),
                item.path("event").path("title"), item.path("organization").path("fullName"));
        return name == null ? "" : " «" + name + "»";
    }

    private static String firstText(JsonNode... nodes) {
        for (JsonNode node : nodes) {
            if (node.isTextual() && !node.asText().isBlank()) {
                return node.asText();
            }
        }
        return null;
    }

    private String text(String parent, String key, JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return "";
        }
        if (value.isContainerNode()) {
            String summary = summary(key, value);
            return summary.length() > SUMMARY_LENGTH ? summary.substring(0, SUMMARY_LENGTH) + "…" : summary;
        }
        if (value.isBoolean()) {
            return value.asBoolean() ? "да" : "нет";
        }
        String text = value.asText();
        if (key != null) {
            switch (key) {
                case "status" -> {
                    return labels.status(text);
                }
                case "level", "levelAppliedFor" -> {
                    return "event".equals(parent) ? VALUES.getOrDefault("event." + text, text) : labels.level(text);
                }
                case "step" -> {
                    // A report's or stage's place in its chain, or the kind of a step taken on it.
                    String step = labels.step(text);
                    return step.equals(text) ? labels.decisionStep(text) : step;
                }
                case "decision" -> {
                    return labels.decision(text);
                }
                case "role" -> {
                    return labels.role(text);
                }
                case "kind" -> {
                    return VALUES.getOrDefault("kind." + text, text);
                }
                default -> {
                }
            }
        }
        return readableDate(text);
    }

    /** A whole object or list as one line: its fields, nested ones included, one after another. */
    private String summary(String key, JsonNode value) {
        List<String> parts = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(item -> parts.add(item.isContainerNode() ? summary(key, item) : text(null, key, item)));
        }
        Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode content = field.getValue();
            if (NOISE.contains(field.getKey()) || content.isNull() || content.isEmpty() && content.isContainerNode()) {
                continue;
            }
            String name = NAMES.getOrDefault(field.getKey(), field.getKey());
            parts.add(content.isContainerNode() ? name + ": (" + summary(field.getKey(), content) + ")"
                    : name + ": " + text(key, field.getKey(), content));
        }
        return String.join("; ", parts);
    }

    private String readableDate(String text) {
        if (text.length() == 10 && text.charAt(4) == '-') {
            try {
                return labels.date(LocalDate.parse(text));
            } catch (DateTimeParseException notADate) {
                return text;
            }
        }
        if (text.length() > 19 && text.charAt(4) == '-' && text.charAt(10) == 'T' && text.endsWith("Z")) {
            try {
                return labels.moment(Instant.parse(text));
            } catch (DateTimeParseException notAMoment) {
                return text;
            }
        }
        return text;
    }
}
