package ru.edu.innovation.query.pages;

import ru.edu.innovation.query.documents.ReportDrawing;
import org.springframework.stereotype.Component;
import ru.edu.innovation.api.common.OutreachLevel;
import ru.edu.innovation.api.contest.ContestResult;
import ru.edu.innovation.api.contest.ParticipantKind;
import ru.edu.innovation.api.dissemination.DisseminationForm;
import ru.edu.innovation.api.dissemination.Publication;
import ru.edu.innovation.api.plan.Audience;
import ru.edu.innovation.api.plan.EventLevel;
import ru.edu.innovation.api.plan.NormativeAct;
import ru.edu.innovation.api.plan.NormativeActKind;
import ru.edu.innovation.api.product.ProductKind;
import ru.edu.innovation.api.resource.ResourceKind;
import ru.edu.innovation.query.plan.HeldEventEntry;
import ru.edu.innovation.query.plan.PlannedActivity;
import ru.edu.innovation.query.resources.ProjectResources;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Russian names the pages give to the read side's codes (statuses, levels, roles, kinds of
 * events) and to its dates; the templates call it as {@code @labels}. A code without a name here
 * (a kind of event added later) is shown as it is rather than hidden.
 */
@Component("labels")
public class Labels {

    private static final Map<String, String> STATUSES = Map.of(
            "DRAFT", "Черновик", "SUBMITTED", "Заявка подана, ждёт подписи", "AT_INSTITUTE", "На экспертизе в институте",
            "AT_MINISTRY", "На рассмотрении в министерстве", "RETURNED", "Возвращён на доработку",
            "REJECTED", "Отклонён", "ACTIVE", "Статус присвоен, проект идёт", "REVOKED", "Статус отозван",
            "COMPLETED", "Завершён");
    private static final Map<String, String> LEVELS = Map.of(
            "FEDERAL", "Федеральная площадка", "REGIONAL", "Региональная площадка",
            "MUNICIPAL", "Муниципальная площадка", "INSTITUTE_SUPPORT_SITE", "Опорная площадка института");
    private static final Map<String, String> ROLES = Map.of(
            "SCHOOL", "школа", "INSTITUTE", "институт", "MINISTRY", "министерство", "AUDITOR", "аудитор",
            "ADMIN", "администратор", "SYSTEM", "система");
    private static final Map<String, String> STEPS = Map.of(
            "AWAITING_SIGNATURE", "ждёт подписи руководителя", "AWAITING_INSTITUTE", "на рассмотрении в институте",
            "AWAITING_MINISTRY", "на рассмотрении в министерстве", "RETURNED", "возвращён на доработку",
            "ACCEPTED", "принят");
    private static final Map<String, String> AUDIENCES = Map.of(
            "TEACHERS", "педагоги", "HEADS_OF_SCHOOLS", "руководители организаций", "DEPUTY_HEADS", "заместители руководителей",
            "METHODOLOGISTS", "методисты", "PSYCHOLOGISTS", "педагоги-психологи", "STUDENTS", "обучающиеся",
            "PARENTS", "родители", "OTHERS", "другие");
    private static final Map<String, String> DECISIONS = Map.of(
            "APPROVE", "одобрено", "RETURN_FOR_REVISION", "возвращено на доработку", "REJECT", "отклонено");
    private static final Map<String, String> DECISION_STEPS = Map.of(
            "SUBMITTED", "подано", "SIGNED", "подписано", "INSTITUTE", "решение института",
            "MINISTRY", "решение министерства", "RESUBMITTED", "подано повторно", "REQUESTED", "запрошено завершение");
    private static final Map<String, String> EVENTS = Map.ofEntries(
            Map.entry("ProjectDraftRegisteredEvent", "Зарегистрирован черновик проекта"),
            Map.entry("ProjectDraftUpdatedEvent", "Изменён черновик проекта"),
            Map.entry("ApplicationSubmittedEvent", "Подана заявка"),
            Map.entry("ReviewingInstituteAssignedEvent", "Назначен институт для экспертизы"),
            Map.entry("ApplicationSignedEvent", "Заявка подписана руководителем"),
            Map.entry("ExpertDecisionRecordedEvent", "Решение экспертизы института"),
            Map.entry("MinistryDecisionRecordedEvent", "Решение министерства по заявке"),
            Map.entry("StatusAssignedEvent", "Присвоен статус площадки"),
            Map.entry("StatusExtendedEvent", "Статус продлён"),
            Map.entry("StatusRevokedEvent", "Статус отозван"),
            Map.entry("ProjectCompletedEvent", "Проект завершён"),
            Map.entry("StageStartedEvent", "Начат этап"),
            Map.entry("StageCompletionRequestedEvent", "Запрошено завершение этапа"),
            Map.entry("StageCompletionReviewedEvent", "Рассмотрено завершение этапа"),
            Map.entry("StageCompletedEvent", "Этап завершён"),
            Map.entry("ActivityPlannedEvent", "Запланировано мероприятие"),
            Map.entry("HeldEventRecordedEvent", "Записано проведённое мероприятие"),
            Map.entry("ActivityDeviationRecordedEvent", "Записано отклонение от плана"),
            Map.entry("NormativeActRegisteredEvent", "Зарегистрирован нормативный акт"),
            Map.entry("IndicatorDefinedEvent", "Определён показатель"),
            Map.entry("IndicatorValueRecordedEvent", "Записано значение показателя"),
            Map.entry("ReportSubmittedEvent", "Подан отчёт"),
            Map.entry("ReportSignedEvent", "Отчёт подписан руководителем"),
            Map.entry("ReportReviewedEvent", "Отчёт рассмотрен"),
            Map.entry("ReportResubmittedEvent", "Отчёт подан повторно"),
            Map.entry("ReviewOverdueRecordedEvent", "Рассмотрение просрочено"),
            Map.entry("ApprovalCancelledEvent", "Согласование отменено"));
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("LLLL yyyy", Locale.forLanguageTag("ru"));
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

    private final ZoneId zone;

    public Labels(Clock clock) {
        this.zone = clock.getZone();
    }

    public String status(Object code) {
        return named(STATUSES, code);
    }

    public String level(Object code) {
        return named(LEVELS, code);
    }

    public String role(Object code) {
        return named(ROLES, code);
    }

    public String step(Object code) {
        return named(STEPS, code);
    }

    /** An activity's outcome as of the plan's day, as the report prints it: «выполнено частично (1 из 2)». */
    public String outcome(PlannedActivity activity) {
        return ReportDrawing.outcomeOf(activity);
    }

    public String eventLevel(EventLevel level) {
        return level == null ? "" : ReportDrawing.levelOf(level);
    }

    public String outreachLevel(OutreachLevel level) {
        return level == null ? "" : ReportDrawing.levelTitle(level);
    }

    public String disseminationForm(DisseminationForm form) {
        return form == null ? "" : ReportDrawing.formOf(form);
    }

    public String participantKind(ParticipantKind kind) {
        return kind == null ? "" : ReportDrawing.participantOf(kind);
    }

    public String contestResult(ContestResult result) {
        return result == null ? "" : ReportDrawing.resultOf(result);
    }

    public String productKind(ProductKind kind) {
        return kind == null ? "" : ReportDrawing.productKindOf(kind);
    }

    public String resourceKind(ResourceKind kind) {
        return kind == null ? "" : ProjectResources.nameOf(kind);
    }

    public String actKind(NormativeActKind kind) {
        return kind == null ? "" : ReportDrawing.kindOf(kind);
    }

    /** «№12 от 05.06.2023», or that the act is a draft not yet adopted. */
    public String requisites(String number, LocalDate date) {
        return ReportDrawing.requisites(number, date);
    }

    /** The local act a management action cites, «Положение №12 от 05.06.2023 «…»», empty if it cites none the project has. */
    public String citedAct(String actId, Map<String, NormativeAct> acts) {
        NormativeAct act = actId == null || acts == null ? null : acts.get(actId);
        return act == null ? "" : ReportDrawing.kindOf(act.kind()) + " " + ReportDrawing.requisites(act.number(), act.date())
                + " «" + act.title() + "»";
    }

    /** A publication's bibliographic data as one line: source, issue, pages, publisher, address. */
    public String publication(Publication publication) {
        return publication == null ? "" : ReportDrawing.publicationOf(publication);
    }

    public String audience(Collection<Audience> audience) {
        return audience == null ? "" : audience.stream().map(each -> named(AUDIENCES, each))
                .collect(Collectors.joining(", "));
    }

    /** The day of an event held, or its month where only the month is known. */
    public String heldWhen(HeldEventEntry event) {
        return event.date() != null ? date(event.date()) : MONTH.format(event.heldOn());
    }

    public String decision(Object code) {
        return named(DECISIONS, code);
    }

    public String decisionStep(Object code) {
        return named(DECISION_STEPS, code);
    }

    public String event(String type) {
        return named(EVENTS, type);
    }

    /** A reader's roles in Russian, in their order. */
    public String roles(Collection<?> roles) {
        return roles.stream().map(Object::toString).sorted().map(this::role)
                .collect(Collectors.joining(", "));
    }

    public String reportKind(Object kind) {
        return kind == null ? "" : "FINAL".equals(kind.toString()) ? "итоговый" : "промежуточный";
    }

    public String reviewLevel(Object level) {
        return level == null ? "" : "MINISTRY".equals(level.toString()) ? "министерство" : "институт";
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** A file's size as a person reads it, as the report's «Приложения» print it. */
    public String size(long bytes) {
        return ReportDrawing.size(bytes);
    }

    /** A moment as the region's clock shows it. */
    public String moment(Instant moment) {
        return moment == null ? "" : DATE_TIME.format(moment.atZone(zone));
    }

    private static String named(Map<String, String> names, Object code) {
        if (code == null) {
            return "";
        }
        return names.getOrDefault(code.toString(), code.toString());
    }
}
