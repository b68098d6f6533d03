package ru.edu.innovation.command.web;

import java.util.Map;

/**
 * How a person knows the fields of the command bodies, for the problems that name them. A path
 * such as {@code stages[2].period.from} is looked up without its indices, then by ever shorter
 * tails ({@code period.from}, {@code from}); a field without a label is named by its path.
 */
public final class FieldLabels {

    private static final Map<String, String> LABELS = Map.<String, String>ofEntries(
            // ProjectDetails
            Map.entry("levelAppliedFor", "уровень статуса, на который подаётся заявка"),
            Map.entry("theme", "тема проекта"),
            Map.entry("goal", "цель проекта"),
            Map.entry("tasks", "задачи проекта"),
            Map.entry("direction", "направление инновационной деятельности"),
            Map.entry("period", "срок реализации проекта"),
            Map.entry("period.from", "начало срока реализации проекта"),
            Map.entry("period.to", "окончание срока реализации проекта"),
            Map.entry("stages", "этапы проекта"),
            Map.entry("stages.name", "название этапа"),
            Map.entry("stages.period", "сроки этапа"),
            Map.entry("stages.period.from", "начало этапа"),
            Map.entry("stages.period.to", "окончание этапа"),
            Map.entry("leadOrganization", "ведущая организация"),
            Map.entry("leadOrganization.id", "код ведущей организации"),
            Map.entry("leadOrganization.fullName", "полное наименование ведущей организации"),
            Map.entry("leadOrganization.shortName", "краткое наименование ведущей организации"),
            Map.entry("leadOrganization.territory", "территория ведущей организации"),
            Map.entry("leadOrganization.address", "адрес ведущей организации"),
            Map.entry("leadOrganization.contacts.phone", "телефон ведущей организации"),
            Map.entry("leadOrganization.contacts.email", "электронная почта ведущей организации"),
            Map.entry("leadOrganization.contacts.website", "сайт ведущей организации"),
            Map.entry("participants.organization", "организация-участник"),
            Map.entry("participants.organization.id", "код организации-участника"),
            Map.entry("participants.organization.fullName", "полное наименование организации-участника"),
            Map.entry("participants.organization.shortName", "краткое наименование организации-участника"),
            Map.entry("participants.organization.territory", "территория организации-участника"),
            Map.entry("participants.organization.address", "адрес организации-участника"),
            Map.entry("participants.subProjectTitle", "тема подпроекта участника"),
            Map.entry("leader", "руководитель проекта"),
            Map.entry("leader.fullName", "ФИО руководителя"),
            Map.entry("leader.position", "должность руководителя"),
            Map.entry("coordinators", "координаторы проекта"),
            Map.entry("coordinators.fullName", "ФИО координатора"),
            Map.entry("coordinators.position", "должность координатора"),
            Map.entry("scientificConsultant.fullName", "ФИО научного консультанта"),
            Map.entry("scientificConsultant.position", "должность научного консультанта"),
            Map.entry("team", "команда проекта"),
            Map.entry("team.fullName", "ФИО участника команды"),
            Map.entry("team.role", "роль в команде проекта"),
            Map.entry("team.functions", "функции участника команды"),
            Map.entry("partners", "партнёры проекта"),
            Map.entry("partners.name", "наименование партнёра"),
            Map.entry("partners.functions", "функции партнёра"),
            Map.entry("risks", "риски проекта"),
            Map.entry("risks.description", "описание риска"),
            Map.entry("risks.mitigation", "меры по снижению риска"),
            // Status, completion, stages
            Map.entry("orderNumber", "номер приказа"),
            Map.entry("orderDate", "дата приказа"),
            Map.entry("validTo", "окончание срока действия статуса"),
            Map.entry("reason", "причина"),
            Map.entry("summary", "итоги"),
            // Indicators
            Map.entry("name", "наименование показателя"),
            Map.entry("unit", "единица измерения"),
            Map.entry("baseline", "исходное значение показателя"),
            Map.entry("target", "целевое значение показателя"),
            Map.entry("collectionMethod", "способ сбора данных"),
            Map.entry("schedule", "периодичность сбора данных"),
            Map.entry("responsible", "ответственный"),
            Map.entry("value", "значение показателя"),
            Map.entry("comment", "комментарий"),
            // Plan
            Map.entry("taskNumber", "номер задачи проекта"),
            Map.entry("title", "название"),
            Map.entry("startDate", "дата начала мероприятия"),
            Map.entry("deadline", "срок мероприятия"),
            Map.entry("participants", "участники"),
            Map.entry("participants.category", "категория участников мероприятия"),
            Map.entry("participants.name", "название категории участников"),
            Map.entry("participants.count", "число участников категории"),
            Map.entry("expectedResult", "ожидаемый результат"),
            Map.entry("managementActions", "управленческие действия"),
            Map.entry("managementActions.description", "управленческое действие"),
            Map.entry("managementActions.normativeActId", "локальный акт управленческого действия"),
            Map.entry("timing", "сроки мероприятия словами плана"),
            Map.entry("plannedSessions", "число запланированных занятий серии"),
            Map.entry("plan", "план мероприятия"),
            Map.entry("month", "месяц проведения"),
            Map.entry("datedOnce", "дата или месяц проведения"),
            Map.entry("presenters", "выступающие"),
            Map.entry("presenters.fullName", "ФИО выступающего"),
            Map.entry("presenters.position", "должность выступающего"),
            Map.entry("presenters.organization", "организация выступающего"),
            Map.entry("hostOrganization", "организация, на базе которой проведено мероприятие"),
            Map.entry("audience", "целевая аудитория"),
            Map.entry("date", "дата"),
            Map.entry("level", "уровень мероприятия"),
            Map.entry("format", "форма проведения"),
            Map.entry("resultsAndProducts", "результаты и продукты"),
            Map.entry("activityId", "мероприятие плана"),
            Map.entry("kind", "вид"),
            Map.entry("number", "номер документа"),
            Map.entry("purpose", "назначение документа"),
            Map.entry("scheduleOrdered", "сроки мероприятия"),
            // Reports
            Map.entry("reportingPeriod", "отчётный период"),
            Map.entry("reportingPeriod.from", "начало отчётного периода"),
            Map.entry("reportingPeriod.to", "окончание отчётного периода"),
            Map.entry("sections", "разделы отчёта"),
            Map.entry("organizations", "организации"),
            Map.entry("addressAndContacts", "адрес и контакты"),
            Map.entry("sections.leader.fullName", "ФИО руководителя"),
            Map.entry("sections.theme", "тема проекта"),
            Map.entry("sections.goal", "цель проекта"),
            Map.entry("sections.stages", "этапы проекта"),
            Map.entry("activities", "мероприятия отчёта"),
            Map.entry("activities.plannedActivity", "запланированное мероприятие"),
            Map.entry("activities.actuallyDone", "что фактически сделано"),
            Map.entry("activities.results", "результаты и форма распространения опыта"),
            Map.entry("analyticalNote", "аналитическая записка"),
            // Indicators of several components; participants, resources and risks of the running project
            Map.entry("components", "составляющие показателя"),
            Map.entry("component", "составляющая показателя"),
            Map.entry("periodKind", "вид периода"),
            Map.entry("componentNamesUnique", "названия составляющих"),
            Map.entry("valueGiven", "значение показателя"),
            Map.entry("componentsUnique", "значения составляющих"),
            Map.entry("counts", "численность участников по категориям"),
            Map.entry("category", "категория участников"),
            Map.entry("count", "число"),
            Map.entry("categoriesUnique", "категории участников"),
            Map.entry("composition", "состав"),
            Map.entry("organization", "организация"),
            Map.entry("qualificationCategory", "квалификационная категория"),
            Map.entry("experience", "опыт по теме проекта"),
            Map.entry("state", "состояние риска"),
            Map.entry("actionsTaken", "что сделано"),
            // Generic leaves
            Map.entry("from", "начало периода"),
            Map.entry("to", "окончание периода"),
            Map.entry("ordered", "порядок дат периода"),
            Map.entry("validityOrdered", "срок действия статуса"),
            Map.entry("fullName", "полное наименование или ФИО"),
            Map.entry("shortName", "краткое наименование"),
            Map.entry("position", "должность"),
            Map.entry("territory", "территория"),
            Map.entry("address", "адрес"),
            Map.entry("phone", "телефон"),
            Map.entry("email", "электронная почта"),
            Map.entry("website", "сайт"),
            Map.entry("id", "код организации"),
            Map.entry("role", "роль"),
            Map.entry("functions", "функции"),
            Map.entry("description", "описание"),
            Map.entry("mitigation", "меры по снижению риска"),
            Map.entry("subProjectTitle", "тема подпроекта"),
            Map.entry("fromPosition", "позиция в хранилище событий"),
            // Dissemination, contests, products, acts
            Map.entry("form", "форма"),
            Map.entry("topic", "тема"),
            Map.entry("event", "мероприятие"),
            Map.entry("place", "место"),
            Map.entry("speakers", "выступающие"),
            Map.entry("publication", "выходные данные публикации"),
            Map.entry("publication.source", "где опубликовано"),
            Map.entry("publication.issue", "выпуск"),
            Map.entry("publication.pages", "страницы"),
            Map.entry("publication.publisher", "издатель"),
            Map.entry("publication.url", "адрес публикации"),
            Map.entry("contest", "конкурс, олимпиада, награда"),
            Map.entry("participantKind", "кто участвовал"),
            Map.entry("participant", "участник"),
            Map.entry("result", "результат"),
            Map.entry("reference", "где найти продукт"),
            Map.entry("numberedWithDate", "номер и дата акта"));

    private FieldLabels() {
    }

    /** The Russian name of the field at {@code path} (e.g. {@code leadOrganization.territory}). */
    public static String of(String path) {
        String key = path.replaceAll("\\[\\d*]", "");
        while (!key.isEmpty()) {
            String label = LABELS.get(key);
            if (label != null) {
                return label;
            }
            int dot = key.indexOf('.');
            key = dot < 0 ? "" : key.substring(dot + 1);
        }
        return path;
    }
}
