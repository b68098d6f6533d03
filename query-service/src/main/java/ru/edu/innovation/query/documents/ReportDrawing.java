package ru.edu.innovation.query.documents;

import ru.edu.innovation.api.common.Contacts;
import ru.edu.innovation.api.common.Organization;
import ru.edu.innovation.api.common.ParticipantOrganization;
import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.common.Person;
import ru.edu.innovation.api.common.ReviewDecision;
import ru.edu.innovation.api.common.OutreachLevel;
import ru.edu.innovation.api.common.StatusLevel;
import ru.edu.innovation.api.contest.ContestResult;
import ru.edu.innovation.api.contest.ParticipantKind;
import ru.edu.innovation.api.dissemination.DisseminationForm;
import ru.edu.innovation.api.dissemination.Publication;
import ru.edu.innovation.api.indicator.IndicatorValue;
import ru.edu.innovation.api.plan.NormativeActKind;
import ru.edu.innovation.api.product.ProductKind;
import ru.edu.innovation.api.project.ProjectDetails;
import ru.edu.innovation.api.report.ReportKind;
import ru.edu.innovation.api.report.ReportActivityRow;
import ru.edu.innovation.api.report.ReportSections;
import ru.edu.innovation.query.acts.ProjectNormativeActs;
import ru.edu.innovation.query.card.AttachmentView;
import ru.edu.innovation.query.card.Decision;
import ru.edu.innovation.query.card.IndicatorView;
import ru.edu.innovation.query.card.ProjectCard;
import ru.edu.innovation.query.card.ReportView;
import ru.edu.innovation.query.card.ReviewStepState;
import ru.edu.innovation.query.card.StageView;
import ru.edu.innovation.query.documents.ReportDocument.ActivityRow;
import ru.edu.innovation.query.documents.ReportDocument.AnalyticalNote;
import ru.edu.innovation.query.contests.ProjectContests;
import ru.edu.innovation.query.dissemination.DisseminationEntry;
import ru.edu.innovation.query.dissemination.ProjectDissemination;
import ru.edu.innovation.query.documents.ReportDocument.AttachmentRow;
import ru.edu.innovation.query.documents.ReportDocument.Conclusion;
import ru.edu.innovation.query.documents.ReportDocument.ContestEntryRow;
import ru.edu.innovation.query.documents.ReportDocument.DisseminationLevel;
import ru.edu.innovation.query.documents.ReportDocument.DisseminationRow;
import ru.edu.innovation.query.documents.ReportDocument.DeviationRow;
import ru.edu.innovation.query.documents.ReportDocument.GeneralInformation;
import ru.edu.innovation.query.documents.ReportDocument.IndicatorRow;
import ru.edu.innovation.query.documents.ReportDocument.NormativeActRow;
import ru.edu.innovation.query.documents.ReportDocument.Outputs;
import ru.edu.innovation.query.documents.ReportDocument.Participants;
import ru.edu.innovation.query.documents.ReportDocument.ProductEntryRow;
import ru.edu.innovation.query.documents.ReportDocument.CategoryRow;
import ru.edu.innovation.query.documents.ReportDocument.CategoryTotal;
import ru.edu.innovation.query.documents.ReportDocument.OrganizationRow;
import ru.edu.innovation.query.documents.ReportDocument.ResourceRow;
import ru.edu.innovation.query.documents.ReportDocument.RiskRow;
import ru.edu.innovation.query.documents.ReportDocument.SubProjectRow;
import ru.edu.innovation.query.documents.ReportDocument.RunningProject;
import ru.edu.innovation.query.documents.ReportDocument.TeamRow;
import ru.edu.innovation.query.documents.ReportDocument.Stage;
import ru.edu.innovation.query.documents.ReportDocument.TitlePage;
import ru.edu.innovation.query.indicators.ComponentProgress;
import ru.edu.innovation.query.indicators.IndicatorProgress;
import ru.edu.innovation.query.indicators.ProjectIndicators;
import ru.edu.innovation.api.plan.Deviation;
import ru.edu.innovation.api.plan.NormativeAct;
import ru.edu.innovation.api.plan.Presenter;
import ru.edu.innovation.query.participation.ProjectParticipants;
import ru.edu.innovation.query.resources.ProjectResources;
import ru.edu.innovation.query.risks.ProjectRisks;
import ru.edu.innovation.query.plan.CalendarPlan;
import ru.edu.innovation.query.plan.HeldEventEntry;
import ru.edu.innovation.query.plan.PlannedActivity;
import ru.edu.innovation.query.products.ProductRow;
import ru.edu.innovation.query.products.ProjectProducts;
import ru.edu.innovation.query.web.PeriodFilter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Objects;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Draws the {@link ReportDocument} of a period from a project's card, reusing the calendar plan
 * (plan order, what was held) and the indicators' view rather than deriving them again. Pure: the
 * same card and sections give the same document.
 */
public final class ReportDrawing {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM.yyyy");
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private ReportDrawing() {
    }

    /**
     * The report of {@code period}: {@code sections} are what the school typed in its report (the
     * latest submission), empty for a draft; {@code reportId} names the report whose institute
     * conclusion is printed, empty for a draft.
     */
    public static ReportDocument draw(ProjectCard card, Period period, ReportKind kind, ReportSections sections,
                                      String reportId, ZoneId zone) {
        var report = reportId == null ? null : card.reports().get(reportId);
        return draw(card, period, kind, sections, report == null ? List.of() : report.decisions(),
                report == null ? List.of() : report.attachments(), reportId, zone);
    }

    /**
     * The same, for a frozen version: {@code card} is the project as the version was submitted on it
     * and {@code stepsOnReport} the steps taken on this version, the institute's conclusion among them;
     * {@code attachments} the files that went with it.
     */
    public static ReportDocument draw(ProjectCard card, Period period, ReportKind kind, ReportSections sections,
                                      List<Decision> stepsOnReport, List<AttachmentView> attachments,
                                      String reportId, ZoneId zone) {
        CalendarPlan plan = CalendarPlan.of(card, period.to());
        List<PlannedActivity> ofPeriod = plan.activities().stream()
                .filter(activity -> overlaps(activity.startDate(), activity.deadline(), period))
                .toList();
        List<HeldEventEntry> held = Stream.concat(ofPeriod.stream().flatMap(activity -> activity.held().stream()),
                        plan.unplannedEvents().stream())
                .filter(event -> event.within(period.from(), period.to()))
                .toList();
        return new ReportDocument(titlePage(card, period, kind, reportId == null), general(card.details(), sections),
                note(card), activityRows(ofPeriod, period, sections),
                ofPeriod.stream().filter(activity -> activity.deviation() != null)
                        .map(activity -> new DeviationRow(activity.title(), activity.deviation().reason(),
                                managementActions(activity.deviation(), card)))
                        .toList(),
                normativeActs(card, period), participants(held), indicators(card, period),
                sections == null ? null : sections.analyticalNote(),
                reportId == null ? null : conclusion(card, stepsOnReport, zone),
                outputs(card, period, zone),
                attachments(attachments), running(card, period, ofPeriod));
    }

    /** The participants, resources and risks of the running project as the period saw them. */
    private static RunningProject running(ProjectCard card, Period period, List<PlannedActivity> ofPeriod) {
        ProjectParticipants participants = ProjectParticipants.of(card, period.from(), period.to());
        List<CategoryRow> categories = participants.counts().stream()
                .flatMap(counts -> counts.categories().stream()
                        .map(category -> new CategoryRow(DATE.format(counts.period().from()) + " – "
                                + DATE.format(counts.period().to()), category.name(), category.count())))
                .toList();
        List<OrganizationRow> organizations = participants.organizations().stream()
                .map(each -> new OrganizationRow(each.organizations(), orDash(each.role()),
                        each.count() == null ? ReportDocument.NOTHING : String.valueOf(each.count()),
                        orDash(each.composition())))
                .toList();
        List<TeamRow> team = participants.team().stream()
                .map(member -> new TeamRow(member.fullName(), orDash(member.position()), orDash(member.role()),
                        orDash(member.qualificationCategory()), orDash(member.experience())))
                .toList();
        List<ResourceRow> resources = ProjectResources.of(card, null, period.from(), period.to()).resources().stream()
                .map(resource -> new ResourceRow(resource.kindName(), orDash(resource.title()), resource.description()))
                .toList();
        List<RiskRow> risks = ProjectRisks.of(card, period.from(), period.to()).risks().stream()
                .map(risk -> new RiskRow(risk.title(), orDash(risk.mitigation()),
                        risk.monitoring().isEmpty() ? ReportDocument.NOTHING : risk.monitoring().stream()
                                .map(entry -> entry.periodLabel() + ": " + entry.stateName())
                                .collect(Collectors.joining("\n")),
                        risk.monitoring().isEmpty() ? ReportDocument.NOTHING : risk.monitoring().stream()
                                .map(entry -> orDash(entry.actionsTaken())).collect(Collectors.joining("\n"))))
                .toList();
        return new RunningProject(categories, organizations, team, resources, risks, subProjects(card, ofPeriod));
    }

    /** Each participant's sub-project with its own plan entries of the period, one a line (the dash when none). */
    private static List<SubProjectRow> subProjects(ProjectCard card, List<PlannedActivity> ofPeriod) {
        return card.subProjects().values().stream().map(subProject -> {
            List<String> entries = ofPeriod.stream()
                    .filter(activity -> subProject.subProjectId().equals(activity.subProjectId()))
                    .map(activity -> activity.title() + (activity.deadline() == null ? ""
                            : " (до " + DATE.format(activity.deadline()) + ")"))
                    .toList();
            return new SubProjectRow(nameOf(subProject.organization()), subProject.subProject().title(),
                    subProject.subProject().leader() == null ? ReportDocument.NOTHING
                            : subProject.subProject().leader().fullName(),
                    entries.isEmpty() ? ReportDocument.NOTHING : String.join("\n", entries));
        }).toList();
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? ReportDocument.NOTHING : text;
    }

    /** The files attached to the report, in the order they were attached. */
    private static List<AttachmentRow> attachments(List<AttachmentView> attachments) {
        List<AttachmentRow> rows = new ArrayList<>();
        for (AttachmentView attachment : attachments) {
            rows.add(new AttachmentRow(rows.size() + 1,
                    attachment.appendix() == null ? ReportDocument.NOTHING : attachment.appendix(),
                    attachment.fileName(), size(attachment.size())));
        }
        return rows;
    }

    /** «512 Б», «12,3 КБ», «4,5 МБ»: as a person reads a file's size. */
    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " Б";
        }
        double kilobytes = bytes / 1024.0;
        return kilobytes < 1024 ? String.format(RUSSIAN, "%.1f КБ", kilobytes)
                : String.format(RUSSIAN, "%.1f МБ", kilobytes / 1024);
    }

    /** An activity without dates (planned «в течение года», «по мере необходимости») belongs to every period. */
    private static boolean overlaps(LocalDate start, LocalDate deadline, Period period) {
        LocalDate from = start == null ? deadline : start;
        return (from == null || !from.isAfter(period.to())) && (deadline == null || !deadline.isBefore(period.from()));
    }

    /** The management actions a line each, with the local act each cites; the dash when none was taken. */
    private static String managementActions(Deviation deviation, ProjectCard card) {
        if (deviation.managementActions().isEmpty()) {
            return ReportDocument.NOTHING;
        }
        return deviation.managementActions().stream().map(action -> {
            NormativeAct act = action.normativeActId() == null ? null : card.normativeActs().get(action.normativeActId());
            return act == null ? action.description() : action.description() + " (" + kindOf(act.kind()) + " "
                    + requisites(act.number(), act.date()) + " «" + act.title() + "»)";
        }).collect(Collectors.joining("\n"));
    }

    /** A draft act, cited before its adoption, has neither number nor date yet. */
    public static String requisites(String number, LocalDate date) {
        if (date == null) {
            return "проект акта, не принят";
        }
        return (number == null || number.isBlank() ? "" : "№" + number + " ") + "от " + DATE.format(date);
    }

    private static TitlePage titlePage(ProjectCard card, Period period, ReportKind kind, boolean draft) {
        String kindWord = kind == ReportKind.FINAL ? "Итоговый" : "Промежуточный";
        var order = card.statusOrder();
        String statusOrder = order == null ? null
                : "Приказ о присвоении статуса от " + DATE.format(order.orderDate()) + " №" + order.orderNumber();
        Organization lead = card.details().leadOrganization();
        String site = lead.fullName() + (card.details().participants().isEmpty() ? "" : " (сетевой проект)");
        return new TitlePage(kindWord + " отчёт", kindWord.toLowerCase(), site, levelOf(card.level()), statusOrder,
                period.label(), DATE.format(period.from()) + " – " + DATE.format(period.to()), draft,
                (draft ? "Проект отчёта" : kindWord + " отчёт") + " " + shortName(lead) + " " + period.label());
    }

    /** The organization's short name for a file's name: without the characters a file name cannot hold. */
    private static String shortName(Organization organization) {
        return nameOf(organization).replaceAll("[\\\\/:*?\"<>|«»]", "").trim();
    }

    /** The short name where there is one, else the full name. */
    private static String nameOf(Organization organization) {
        return organization.shortName() == null || organization.shortName().isBlank()
                ? organization.fullName() : organization.shortName();
    }

    static String levelOf(StatusLevel level) {
        if (level == null) {
            return "инновационной площадки";
        }
        return switch (level) {
            case FEDERAL -> "федеральной инновационной площадки";
            case REGIONAL -> "региональной инновационной площадки";
            case MUNICIPAL -> "муниципальной инновационной площадки";
            case INSTITUTE_SUPPORT_SITE -> "опорной площадки института";
        };
    }

    /** What the school wrote in its report wins: it is the general information the region reads. */
    private static GeneralInformation general(ProjectDetails details, ReportSections sections) {
        if (sections != null) {
            return new GeneralInformation(sections.organizations(), sections.addressAndContacts(),
                    person(sections.leader()));
        }
        List<String> organizations = new ArrayList<>();
        organizations.add(details.leadOrganization().fullName());
        details.participants().stream().map(ParticipantOrganization::organization)
                .map(Organization::fullName).forEach(organizations::add);
        return new GeneralInformation(organizations, addressAndContacts(details.leadOrganization()),
                details.leader() == null ? null : person(details.leader()));
    }

    private static String addressAndContacts(Organization organization) {
        Contacts contacts = organization.contacts();
        String joined = Stream.of(organization.address(), contacts == null ? null : contacts.phone(),
                        contacts == null ? null : contacts.email(), contacts == null ? null : contacts.website())
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining("; "));
        return joined.isEmpty() ? null : joined;
    }

    private static String person(Person person) {
        return person.position() == null || person.position().isBlank()
                ? person.fullName() : person.fullName() + ", " + person.position();
    }

    private static AnalyticalNote note(ProjectCard card) {
        List<Stage> stages = card.stages().stream()
                .map(stage -> new Stage(stage.number(), stage.name(),
                        DATE.format(stage.period().from()) + " – " + DATE.format(stage.period().to()),
                        stage.number() == card.currentStage(), stateOf(stage)))
                .toList();
        String current = stages.stream().filter(Stage::current).map(stage -> stage.number() + ". " + stage.name())
                .findFirst().orElse(null);
        return new AnalyticalNote(card.details().theme(), card.details().goal(), card.details().tasks(), stages,
                current);
    }

    private static String stateOf(StageView stage) {
        if (stage.completed()) {
            return "завершён";
        }
        if (stage.step() == ReviewStepState.AWAITING_INSTITUTE || stage.step() == ReviewStepState.AWAITING_MINISTRY
                || stage.step() == ReviewStepState.AWAITING_SIGNATURE) {
            return "завершение на согласовании";
        }
        return stage.started() ? "идёт" : "не начат";
    }

    /**
     * A row per planned activity: what was done and its results from the events held in the period.
     * A row without such events takes what the school typed for it in its report's table (the
     * submitted row of the same title), as reports tell work that no dated event records.
     */
    private static List<ActivityRow> activityRows(List<PlannedActivity> activities, Period period,
                                                  ReportSections sections) {
        Map<String, ReportActivityRow> typed = new LinkedHashMap<>();
        if (sections != null) {
            sections.activities().forEach(row -> typed.putIfAbsent(row.plannedActivity(), row));
        }
        List<ActivityRow> rows = new ArrayList<>();
        for (PlannedActivity activity : activities) {
            List<HeldEventEntry> held = activity.held().stream()
                    .filter(event -> event.within(period.from(), period.to())).toList();
            String done = held.isEmpty() ? ReportDocument.NOTHING : held.stream()
                    .map(ReportDrawing::heldLine).collect(Collectors.joining("\n"));
            String results = held.stream().map(HeldEventEntry::resultsAndProducts)
                    .filter(result -> result != null && !result.isBlank()).collect(Collectors.joining("\n"));
            ReportActivityRow row = typed.get(activity.title());
            if (held.isEmpty() && row != null) {
                done = orDash(row.actuallyDone());
                results = Objects.requireNonNullElse(row.results(), "");
            }
            rows.add(new ActivityRow(rows.size() + 1, activity.title(),
                    activity.deadline() == null ? Objects.requireNonNullElse(activity.timing(), ReportDocument.NOTHING)
                            : DATE.format(activity.deadline()),
                    done, results.isBlank() ? ReportDocument.NOTHING : results, outcomeOf(activity)));
        }
        return rows;
    }

    /** «17.03.2023 — title (format; level; участников: n; ведущие: …; на базе: …)», each part only where recorded. */
    private static String heldLine(HeldEventEntry event) {
        List<String> parts = new ArrayList<>();
        if (event.format() != null && !event.format().isBlank()) {
            parts.add(event.format());
        }
        if (event.level() != null) {
            parts.add(levelOf(event.level()));
        }
        if (!event.participants().isEmpty()) {
            parts.add("участников: " + event.participantsTotal());
        }
        if (!event.presenters().isEmpty()) {
            parts.add("ведущие: " + event.presenters().stream().map(Presenter::fullName).collect(Collectors.joining(", ")));
        }
        if (event.hostOrganization() != null && !event.hostOrganization().isBlank()) {
            parts.add("на базе: " + event.hostOrganization());
        }
        String when = event.date() != null ? DATE.format(event.date()) : MONTH.format(event.heldOn());
        return when + " — " + event.title() + (parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")");
    }

    /** The outcome of the row as of the period's end, as the report's reader says it. */
    public static String outcomeOf(PlannedActivity activity) {
        return switch (activity.state()) {
            case DONE -> "выполнено";
            case DONE_WITH_DEVIATION -> "выполнено с отклонением";
            case PARTLY_DONE -> "выполнено частично (" + activity.sessionsHeld() + " из " + activity.sessionsPlanned() + ")";
            case NOT_DONE -> "не выполнено";
            case CANCELLED -> "отменено: " + activity.cancellation().reason();
            case UPCOMING -> "предстоит";
        };
    }

    public static String levelOf(ru.edu.innovation.api.plan.EventLevel level) {
        return switch (level) {
            case SCHOOL -> "уровень организации";
            case MUNICIPAL -> "муниципальный уровень";
            case REGIONAL -> "региональный уровень";
            case INTERREGIONAL -> "межрегиональный уровень";
            case ALL_RUSSIAN -> "всероссийский уровень";
            case INTERNATIONAL -> "международный уровень";
        };
    }

    /** Only adopted acts count: a draft of the period is not printed. */
    private static List<NormativeActRow> normativeActs(ProjectCard card, Period period) {
        return ProjectNormativeActs.of(card, new PeriodFilter(period.from(), period.to()), null).adopted().stream()
                .map(act -> new NormativeActRow(kindOf(act.kind()), requisites(act.number(), act.date()), act.title(),
                        act.purpose() == null ? ReportDocument.NOTHING : act.purpose()))
                .toList();
    }

    public static String kindOf(NormativeActKind kind) {
        return switch (kind) {
            case ORDER -> "Приказ";
            case DECREE -> "Распоряжение";
            case REGULATION -> "Положение";
            case CONTRACT -> "Договор";
            case AGREEMENT -> "Соглашение";
            case LETTER -> "Письмо";
            case PLAN -> "План";
            case PROGRAM -> "Программа";
            case OTHER -> "Иной акт";
        };
    }

    /** Sums each category over the events that counted their participants, in the categories' order. */
    private static Participants participants(List<HeldEventEntry> held) {
        List<HeldEventEntry> counted = held.stream().filter(event -> !event.participants().isEmpty()).toList();
        if (counted.isEmpty()) {
            return null;
        }
        Map<ProjectParticipants.Category, Integer> sums = new TreeMap<>(
                Comparator.comparing(ProjectParticipants.Category::category).thenComparing(ProjectParticipants.Category::name));
        for (HeldEventEntry event : counted) {
            for (ProjectParticipants.Category category : event.participants()) {
                sums.merge(new ProjectParticipants.Category(category.category(), category.name(), 0), category.count(),
                        Integer::sum);
            }
        }
        List<CategoryTotal> categories = sums.entrySet().stream()
                .map(entry -> new CategoryTotal(entry.getKey().name(), entry.getValue())).toList();
        return new Participants(counted.size(), categories, categories.stream().mapToInt(CategoryTotal::count).sum());
    }

    /**
     * The value reached by the end of the period: the one of the latest period that ends by then. An
     * indicator of several components is followed by a row per component, named «indicator: component».
     */
    private static List<IndicatorRow> indicators(ProjectCard card, Period period) {
        List<IndicatorRow> rows = new ArrayList<>();
        for (IndicatorProgress indicator : ProjectIndicators.of(card).indicators()) {
            IndicatorValue reached = indicator.values().stream()
                    .filter(value -> !value.period().to().isAfter(period.to()))
                    .reduce((earlier, later) -> later).orElse(null);
            rows.add(new IndicatorRow(indicator.name(), indicator.unit(), indicator.baseline(), indicator.target(),
                    reached == null ? null : reached.value(),
                    reached == null || reached.value() == null ? null : IndicatorProgress.periodLabel(reached),
                    reached == null || reached.value() == null ? null : share(card, indicator, reached)));
            for (ComponentProgress component : indicator.components()) {
                ComponentProgress.Reading read = component.values().stream()
                        .filter(value -> !value.to().isAfter(period.to()))
                        .reduce((earlier, later) -> later).orElse(null);
                rows.add(new IndicatorRow(indicator.name() + ": " + component.name(), indicator.unit(),
                        component.baseline(), component.target(), read == null ? null : read.value(),
                        read == null ? null : read.periodLabel(),
                        read == null ? null : IndicatorProgress.shareOfTarget(component.baseline(), component.target(),
                                read.value())));
            }
        }
        return rows;
    }

    /** The share of the target covered by {@code reached}, as the indicators' view computes it. */
    private static BigDecimal share(ProjectCard card, IndicatorProgress indicator, IndicatorValue reached) {
        IndicatorView view = card.indicators().get(indicator.indicatorId());
        return IndicatorProgress.of(new IndicatorView(view.indicatorId(), view.definition(), List.of(reached)))
                .shareOfTarget();
    }

    /**
     * The period's dissemination by level and its contests (an undated entry by the day it was
     * recorded), and the products of the project as the card holds them.
     */
    private static Outputs outputs(ProjectCard card, Period period, ZoneId zone) {
        PeriodFilter inPeriod = new PeriodFilter(period.from(), period.to());
        List<DisseminationEntry> entries = ProjectDissemination.of(card, inPeriod, null, null, zone).entries();
        List<DisseminationLevel> byLevel = new ArrayList<>();
        for (OutreachLevel level : OutreachLevel.values()) {
            List<DisseminationRow> rows = entries.stream().filter(entry -> entry.level() == level)
                    .map(ReportDrawing::disseminationRow).toList();
            if (!rows.isEmpty()) {
                byLevel.add(new DisseminationLevel(levelTitle(level), rows));
            }
        }
        List<ContestEntryRow> contests = ProjectContests.of(card, inPeriod, null, null, zone).entries().stream()
                .map(row -> new ContestEntryRow(row.contest(), outreachOf(row.level()),
                        row.participant() + " (" + participantOf(row.participantKind()) + ")", resultOf(row.result()),
                        dateOrDash(row.date())))
                .toList();
        List<ProductEntryRow> products = ProjectProducts.of(card, null, null).products().stream()
                .map(row -> new ProductEntryRow(row.title(), productKindOf(row.kind()), sourceOf(row),
                        row.reference() == null ? ReportDocument.NOTHING : row.reference()))
                .toList();
        return new Outputs(byLevel, contests, products);
    }

    private static DisseminationRow disseminationRow(DisseminationEntry entry) {
        String where = Stream.of(entry.event(), entry.place(), publicationOf(entry.publication()))
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining("; "));
        return new DisseminationRow(formOf(entry.form()), entry.topic(), where.isEmpty() ? ReportDocument.NOTHING : where,
                entry.speakers().isEmpty() ? ReportDocument.NOTHING : String.join(", ", entry.speakers()),
                dateOrDash(entry.date()));
    }

    public static String publicationOf(Publication publication) {
        if (publication == null) {
            return null;
        }
        return Stream.of(publication.source(), publication.issue(),
                        publication.pages() == null ? null : "с. " + publication.pages(), publication.publisher(),
                        publication.url())
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(", "));
    }

    private static String sourceOf(ProductRow row) {
        if (row.activityTitle() != null) {
            return (row.taskNumber() == null ? "" : "задача " + row.taskNumber() + ": ") + row.activityTitle();
        }
        return row.taskNumber() == null ? ReportDocument.NOTHING : "задача " + row.taskNumber();
    }

    private static String dateOrDash(LocalDate date) {
        return date == null ? ReportDocument.NOTHING : DATE.format(date);
    }

    public static String levelTitle(OutreachLevel level) {
        return switch (level) {
            case SCHOOL -> "Уровень образовательной организации";
            case MUNICIPAL -> "Муниципальный уровень";
            case INTER_DISTRICT -> "Межмуниципальный уровень";
            case REGIONAL -> "Региональный уровень";
            case INTERREGIONAL -> "Межрегиональный уровень";
            case FEDERAL -> "Федеральный уровень";
            case INTERNATIONAL -> "Международный уровень";
        };
    }

    private static String outreachOf(OutreachLevel level) {
        return levelTitle(level).toLowerCase();
    }

    public static String formOf(DisseminationForm form) {
        return switch (form) {
            case TALK -> "выступление";
            case WEBINAR -> "вебинар";
            case MASTER_CLASS -> "мастер-класс";
            case SEMINAR -> "семинар";
            case OPEN_LESSON -> "открытый урок";
            case PUBLICATION -> "публикация";
            case OTHER -> "иная форма";
        };
    }

    public static String participantOf(ParticipantKind kind) {
        return switch (kind) {
            case TEACHER -> "педагог";
            case STUDENT -> "обучающиеся";
            case TEAM -> "команда";
            case ORGANIZATION -> "организация";
        };
    }

    public static String resultOf(ContestResult result) {
        return switch (result) {
            case WINNER -> "победитель";
            case PRIZE_WINNER -> "призёр";
            case LAUREATE -> "лауреат";
            case PARTICIPANT -> "участник";
        };
    }

    public static String productKindOf(ProductKind kind) {
        return switch (kind) {
            case METHODICAL_RECOMMENDATIONS -> "методические рекомендации";
            case METHODICAL_MATERIALS -> "методические материалы";
            case PROGRAM -> "программа";
            case COLLECTION -> "сборник";
            case MODEL -> "модель";
            case DATABASE -> "база данных";
            case ANALYTICAL_REPORT -> "аналитическая справка";
            case VIDEO -> "видеоматериал";
            case OTHER -> "иной продукт";
        };
    }

    /** The institute's latest written conclusion on the report, once it has reviewed it. */
    private static Conclusion conclusion(ProjectCard card, List<Decision> stepsOnReport, ZoneId zone) {
        List<Decision> institute = stepsOnReport.stream().filter(decision -> "INSTITUTE".equals(decision.step()))
                .toList();
        if (institute.isEmpty()) {
            return null;
        }
        Decision last = institute.get(institute.size() - 1);
        String instituteName = card.reviewingInstitute() == null ? null : card.reviewingInstitute().name();
        return new Conclusion(instituteName, decisionOf(last.decision()),
                DATE.format(last.at().atZone(zone).toLocalDate()), last.conclusion());
    }

    private static String decisionOf(String decision) {
        if (decision == null) {
            return null;
        }
        return switch (ReviewDecision.valueOf(decision)) {
            case APPROVE -> "одобрен";
            case RETURN_FOR_REVISION -> "возвращён на доработку";
            case REJECT -> "отклонён";
        };
    }
}
