package ru.edu.innovation.query.plan;

import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.plan.ActivityPlan;
import ru.edu.innovation.query.card.ActivityView;
import ru.edu.innovation.query.card.HeldEventView;
import ru.edu.innovation.query.card.ProjectCard;
import ru.edu.innovation.query.card.StageView;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * The calendar plan against what was actually done, as of {@code asOf}: the roadmap of the
 * project card (seed 004) next to the table «planned / actually done / results» of the report
 * form (seed 000), with the shares done per stage and per task and what is overdue.
 */
public record CalendarPlan(String projectId, long version, LocalDate asOf, int planned, int done,
                           BigDecimal percentDone, List<PlannedActivity> activities, List<StageProgress> stages,
                           List<TaskProgress> tasks, List<PlannedActivity> overdue,
                           List<HeldEventEntry> unplannedEvents) {

    private static final Comparator<PlannedActivity> CALENDAR_ORDER = Comparator
            .comparing(PlannedActivity::deadline)
            .thenComparing(PlannedActivity::startDate, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingInt(PlannedActivity::taskNumber)
            .thenComparing(PlannedActivity::title)
            .thenComparing(PlannedActivity::activityId);

    public static CalendarPlan of(ProjectCard card, LocalDate today) {
        List<PlannedActivity> activities = card.activities().values().stream()
                .map(activity -> row(activity, card.stages(), today))
                .sorted(CALENDAR_ORDER)
                .toList();
        int done = (int) activities.stream().filter(PlannedActivity::done).count();
        return new CalendarPlan(card.projectId(), card.version(), today, activities.size(), done,
                percent(done, activities.size()), activities, byStage(card.stages(), activities),
                byTask(card.details().tasks(), activities),
                activities.stream().filter(activity -> activity.state() == ActivityState.OVERDUE).toList(),
                card.unplannedEvents().stream().map(HeldEventEntry::of)
                        .sorted(Comparator.comparing(HeldEventEntry::date)).toList());
    }

    static ActivityState stateOf(ActivityView activity, LocalDate today) {
        if (activity.done()) {
            return ActivityState.DONE;
        }
        if (activity.deviation() != null) {
            return ActivityState.DEVIATION_RECORDED;
        }
        return activity.plan().deadline().isBefore(today) ? ActivityState.OVERDUE : ActivityState.PLANNED;
    }

    /** done / planned as a percentage with one decimal; empty when nothing was planned. */
    static BigDecimal percent(int done, int planned) {
        if (planned == 0) {
            return null;
        }
        return BigDecimal.valueOf(done * 100L).divide(BigDecimal.valueOf(planned), 1, RoundingMode.HALF_UP);
    }

    private static PlannedActivity row(ActivityView activity, List<StageView> stages, LocalDate today) {
        ActivityPlan plan = activity.plan();
        List<HeldEventEntry> held = activity.held().stream().map(HeldEventEntry::of)
                .sorted(Comparator.comparing(HeldEventEntry::date)).toList();
        return new PlannedActivity(activity.activityId(), plan.taskNumber(), plan.title(), plan.startDate(),
                plan.deadline(), plan.responsible(), plan.participants(), plan.expectedResult(),
                stageOf(plan.deadline(), stages), stateOf(activity, today), held, activity.deviation());
    }

    private static Integer stageOf(LocalDate deadline, List<StageView> stages) {
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

    /** Every task of the project in its order, each with the activities planned for it. */
    private static List<TaskProgress> byTask(List<String> tasks, List<PlannedActivity> activities) {
        TreeMap<Integer, String> numbered = new TreeMap<>();
        for (int i = 0; i < tasks.size(); i++) {
            numbered.put(i + 1, tasks.get(i));
        }
        // A task number beyond the project's tasks cannot be planned, but a plan edited later must not vanish.
        activities.forEach(activity -> numbered.putIfAbsent(activity.taskNumber(), null));
        List<TaskProgress> progress = new ArrayList<>();
        numbered.forEach((number, task) -> {
            List<PlannedActivity> of = activities.stream().filter(activity -> activity.taskNumber() == number).toList();
            int done = (int) of.stream().filter(PlannedActivity::done).count();
            progress.add(new TaskProgress(number, task, of.size(), done, percent(done, of.size())));
        });
        return progress;
    }
}
