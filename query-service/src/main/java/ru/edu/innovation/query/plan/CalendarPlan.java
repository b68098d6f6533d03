package ru.edu.innovation.query.plan;

import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.plan.ActivityPlan;
import ru.edu.innovation.query.card.ActivityView;
import ru.edu.innovation.query.card.ProjectCard;
import ru.edu.innovation.query.card.StageView;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The calendar plan against what was actually done, as of {@code asOf}: the roadmap of the project
 * card (seed 004) next to the table «planned / actually done / results» of the report form (seed
 * 000), each activity as it was planned that day with its outcome, the shares done per stage and
 * per task and what is overdue. A report looks at the plan as of the end of its period: amendments,
 * cancellations and held events dated later do not count yet; deviations count whenever recorded,
 * as they explain what the period did. Cancelled activities stay on the list but leave the counts.
 */
public record CalendarPlan(String projectId, long version, LocalDate asOf, int planned, int done,
                           BigDecimal percentDone, List<PlannedActivity> activities, List<StageProgress> stages,
                           List<TaskProgress> tasks, List<PlannedActivity> overdue,
                           List<HeldEventEntry> unplannedEvents) {

    private static final Comparator<PlannedActivity> CALENDAR_ORDER = Comparator
            .comparing(PlannedActivity::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(PlannedActivity::startDate, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(PlannedActivity::taskNumber, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(PlannedActivity::title)
            .thenComparing(PlannedActivity::activityId);

    public static CalendarPlan of(ProjectCard card, LocalDate asOf) {
        return of(card, asOf, null);
    }

    /**
     * The plan of one participant's sub-project, {@code subProjectId}, with its counts and no unplanned
     * events; the whole network's plan, every activity of the lead and of the sub-projects, when it is
     * empty.
     */
    public static CalendarPlan of(ProjectCard card, LocalDate asOf, String subProjectId) {
        Map<String, String> subProjectOf = new HashMap<>();
        card.subProjects().values().forEach(subProject -> subProject.activityIds()
                .forEach(activityId -> subProjectOf.put(activityId, subProject.subProjectId())));
        List<PlannedActivity> activities = card.activities().values().stream()
                .filter(activity -> subProjectId == null || subProjectId.equals(subProjectOf.get(activity.activityId())))
                .map(activity -> row(activity, subProjectOf.get(activity.activityId()), card.stages(), asOf))
                .sorted(CALENDAR_ORDER)
                .toList();
        List<PlannedActivity> counted = activities.stream().filter(activity -> !activity.cancelled()).toList();
        int done = (int) counted.stream().filter(PlannedActivity::done).count();
        return new CalendarPlan(card.projectId(), card.version(), asOf, counted.size(), done,
                percent(done, counted.size()), activities, byStage(card.stages(), counted),
                byTask(card.details().tasks(), counted),
                activities.stream().filter(activity -> activity.state() == ActivityState.NOT_DONE
                        && activity.deviation() == null).toList(),
                subProjectId != null ? List.of() : card.unplannedEvents().stream().map(HeldEventEntry::of)
                        .filter(event -> event.heldBy(asOf)).sorted(HeldEventEntry.BY_DAY).toList());
    }

    /** The outcome of {@code activity}, planned as {@code plan} on {@code asOf}, of which {@code held} sessions were held by then. */
    static ActivityState outcomeOf(ActivityView activity, ActivityPlan plan, int held, LocalDate asOf) {
        if (activity.cancelledBy(asOf)) {
            return ActivityState.CANCELLED;
        }
        boolean deviation = activity.deviation() != null;
        if (held >= plan.sessionsToHold()) {
            return deviation ? ActivityState.DONE_WITH_DEVIATION : ActivityState.DONE;
        }
        if (held > 0) {
            return ActivityState.PARTLY_DONE;
        }
        if (deviation || plan.deadline() != null && plan.deadline().isBefore(asOf)) {
            return ActivityState.NOT_DONE;
        }
        return ActivityState.UPCOMING;
    }

    /** done / planned as a percentage with one decimal; empty when nothing was planned. */
    static BigDecimal percent(int done, int planned) {
        if (planned == 0) {
            return null;
        }
        return BigDecimal.valueOf(done * 100L).divide(BigDecimal.valueOf(planned), 1, RoundingMode.HALF_UP);
    }

    private static PlannedActivity row(ActivityView activity, String subProjectId, List<StageView> stages,
                                       LocalDate asOf) {
        ActivityPlan plan = activity.planAsOf(asOf);
        List<HeldEventEntry> held = activity.held().stream().map(HeldEventEntry::of)
                .filter(event -> event.heldBy(asOf)).sorted(HeldEventEntry.BY_DAY).toList();
        return new PlannedActivity(activity.activityId(), plan.taskNumber(), plan.title(), plan.startDate(),
                plan.deadline(), plan.responsible(), plan.participants(), plan.expectedResult(), plan.timing(),
                plan.plannedSessions(), plan.sessionsToHold(), held.size(), stageOf(plan.deadline(), stages),
                outcomeOf(activity, plan, held.size(), asOf), held, activity.deviation(), activity.amendmentsBy(asOf),
                activity.cancelledBy(asOf) ? activity.cancellation() : null, subProjectId);
    }

    private static Integer stageOf(LocalDate deadline, List<StageView> stages) {
        if (deadline == null) {
            return null;
        }
        return stages.stream().filter(stage -> stage.period().contains(deadline))
                .map(StageView::number).findFirst().orElse(null);
    }

    private static List<StageProgress> byStage(List<StageView> stages, List<PlannedActivity> activities) {
        List<StageProgress> progress = new ArrayList<>();
        for (StageView stage : stages) {
            List<PlannedActivity> of = activities.stream()
                    .filter(activity -> Integer.valueOf(stage.number()).equals(activity.stageNumber())).toList();
            int done = (int) of.stream().filter(PlannedActivity::done).count();
            Period period = stage.period();
            progress.add(new StageProgress(stage.number(), stage.name(), period, of.size(), done,
                    percent(done, of.size())));
        }
        return progress;
    }

    /** Every task of the project in its order, each with the activities planned for it; then those planned for no task. */
    private static List<TaskProgress> byTask(List<String> tasks, List<PlannedActivity> activities) {
        TreeMap<Integer, String> numbered = new TreeMap<>();
        for (int i = 0; i < tasks.size(); i++) {
            numbered.put(i + 1, tasks.get(i));
        }
        // A task number beyond the project's tasks cannot be planned, but a plan edited later must not vanish.
        activities.stream().map(PlannedActivity::taskNumber).filter(Objects::nonNull)
                .forEach(number -> numbered.putIfAbsent(number, null));
        List<TaskProgress> progress = new ArrayList<>();
        numbered.forEach((number, task) -> progress.add(progress(number, task, activities.stream()
                .filter(activity -> number.equals(activity.taskNumber())).toList())));
        List<PlannedActivity> withoutTask = activities.stream().filter(activity -> activity.taskNumber() == null).toList();
        if (!withoutTask.isEmpty()) {
            progress.add(progress(null, null, withoutTask));
        }
        return progress;
    }

    private static TaskProgress progress(Integer number, String task, List<PlannedActivity> of) {
        int done = (int) of.stream().filter(PlannedActivity::done).count();
        return new TaskProgress(number, task, of.size(), done, percent(done, of.size()));
    }
}
