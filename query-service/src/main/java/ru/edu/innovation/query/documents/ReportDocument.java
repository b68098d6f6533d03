package ru.edu.innovation.query.documents;

import java.math.BigDecimal;
import java.util.List;

/**
 * A report in the regional form (seed 000) drawn from a project's recorded events: what the title
 * page, the general information, the analytical note, the tables and the conclusion show, every
 * value already in words and dates as the document prints them. A section whose list is empty or
 * whose value is absent is not printed: the model holds no data for it (yet).
 */
public record ReportDocument(TitlePage titlePage, GeneralInformation general, AnalyticalNote note,
                             List<ActivityRow> activities, List<DeviationRow> deviations,
                             List<NormativeActRow> normativeActs, Participants participants,
                             List<IndicatorRow> indicators, String narrative, Conclusion conclusion,
                             Outputs outputs,
                             List<AttachmentRow> attachments,
                             RunningProject running) {

    /** The dash the form prints where nothing was recorded. */
    public static final String NOTHING = "-";

    public ReportDocument {
        activities = List.copyOf(activities);
        deviations = List.copyOf(deviations);
        normativeActs = List.copyOf(normativeActs);
        indicators = List.copyOf(indicators);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /**
     * «Промежуточный отчёт … за 2022–2023»: {@code draft} for a period with no report submitted yet,
     * {@code statusOrder} empty while the project holds no status.
     */
    public record TitlePage(String heading, String kind, String site, String level, String statusOrder,
                            String periodLabel, String periodDates, boolean draft, String fileName) {
    }

    public record GeneralInformation(List<String> organizations, String addressAndContacts, String leader) {

        public GeneralInformation {
            organizations = List.copyOf(organizations);
        }
    }

    public record AnalyticalNote(String theme, String goal, List<String> tasks, List<Stage> stages,
                                 String currentStage) {

        public AnalyticalNote {
            tasks = List.copyOf(tasks);
            stages = List.copyOf(stages);
        }
    }

    public record Stage(int number, String name, String period, boolean current, String state) {
    }

    /** A row of «мероприятия / основные результаты / продукты», in plan order. */
    public record ActivityRow(int number, String planned, String deadline, String done, String results, String outcome) {
    }

    /** A deviation with its management actions a line each, the act each cites named. */
    public record DeviationRow(String activity, String reason, String managementActions) {
    }

    public record NormativeActRow(String kind, String requisites, String title, String purpose) {
    }

    /**
     * Participants of the events held in the period, each category summed over them; absent when no
     * event held in the period counted its participants. {@code events} is how many did.
     */
    public record Participants(int events, List<CategoryTotal> categories, int total) {

        public Participants {
            categories = List.copyOf(categories);
        }
    }

    /** One category's participants over the period's events, named as the forms print it. */
    public record CategoryTotal(String category, int count) {
    }

    /**
     * An indicator's target against the value reached by the end of the period; {@code actual}
     * empty, printed as the dash, while none was recorded. {@code share} is the distance from the
     * baseline to the target covered, in percent.
     */
    public record IndicatorRow(String name, String unit, BigDecimal baseline, BigDecimal target, BigDecimal actual,
                               String actualPeriod, BigDecimal share) {
    }

    /**
     * What the project gave to others in the period: its dissemination of experience grouped by level
     * (from the school to the international one), its contests and awards, and its products.
     */
    public record Outputs(List<DisseminationLevel> dissemination, List<ContestEntryRow> contests,
                          List<ProductEntryRow> products) {

        public Outputs {
            dissemination = List.copyOf(dissemination);
            contests = List.copyOf(contests);
            products = List.copyOf(products);
        }
    }

    /** The entries of one level, «Муниципальный уровень», dated ones by date and the undated after them. */
    public record DisseminationLevel(String level, List<DisseminationRow> entries) {

        public DisseminationLevel {
            entries = List.copyOf(entries);
        }
    }

    /** {@code date} is the dash where the entry has none; {@code where} the event, place or the publication's data. */
    public record DisseminationRow(String form, String topic, String where, String speakers, String date) {
    }

    public record ContestEntryRow(String contest, String level, String participant, String result, String date) {
    }

    /** {@code source} is the task or activity the product came from, the dash where none is named. */
    public record ProductEntryRow(String title, String kind, String source, String reference) {
    }

    /**
     * A file attached to the report (the form's Приложения): its place in the list, the appendix's
     * number or title as the school gave it (the dash if none), the file's name and size in words.
     */
    public record AttachmentRow(int number, String appendix, String fileName, String size) {
    }

    /**
     * What the school recorded of its running project for the period: participants by category,
     * participant organizations, the team, resources, risks with the period's monitoring, and the
     * participants' sub-projects of a network project with their own plan entries. A
     * list is empty when nothing of it was recorded; the section is then not printed.
     */
    public record RunningProject(List<CategoryRow> participantsByCategory, List<OrganizationRow> organizations,
                                 List<TeamRow> team, List<ResourceRow> resources, List<RiskRow> risks,
                                 List<SubProjectRow> subProjects) {

        public RunningProject {
            participantsByCategory = List.copyOf(participantsByCategory);
            organizations = List.copyOf(organizations);
            team = List.copyOf(team);
            resources = List.copyOf(resources);
            risks = List.copyOf(risks);
            subProjects = List.copyOf(subProjects);
        }
    }

    /** A participant's sub-project of a network project and its own plan entries of the period, one a line. */
    public record SubProjectRow(String organization, String title, String leader, String activities) {
    }

    /** Participants of one category over a period recorded within the report's period. */
    public record CategoryRow(String period, String category, int count) {
    }

    public record OrganizationRow(String organizations, String role, String count, String composition) {
    }

    public record TeamRow(String fullName, String position, String role, String qualificationCategory,
                          String experience) {
    }

    public record ResourceRow(String kind, String title, String description) {
    }

    /** A risk, its mitigation, and what monitoring in the period found and did (the dash when none was recorded). */
    public record RiskRow(String risk, String mitigation, String state, String actionsTaken) {
    }

    /** The scientific consultant's (institute's) conclusion on the report. */
    public record Conclusion(String institute, String decision, String date, String text) {
    }
}
