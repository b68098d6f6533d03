package ru.edu.innovation.command.plan;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import ru.edu.innovation.api.plan.ActivityPlan;
import ru.edu.innovation.api.plan.AdoptNormativeActCommand;
import ru.edu.innovation.api.plan.ActivityPlannedEvent;
import ru.edu.innovation.api.plan.AmendActivityCommand;
import ru.edu.innovation.api.plan.CancelActivityCommand;
import ru.edu.innovation.api.plan.ManagementAction;
import ru.edu.innovation.api.plan.HeldEvent;
import ru.edu.innovation.api.plan.HeldEventRecordedEvent;
import ru.edu.innovation.api.plan.NormativeActAdoptedEvent;
import ru.edu.innovation.api.plan.NormativeActRegisteredEvent;
import ru.edu.innovation.api.plan.PlanActivityCommand;
import ru.edu.innovation.api.plan.RecordActivityDeviationCommand;
import ru.edu.innovation.api.plan.RecordHeldEventCommand;
import ru.edu.innovation.api.plan.RegisterNormativeActCommand;
import ru.edu.innovation.command.kernel.Actor;
import ru.edu.innovation.command.kernel.MembersById;
import ru.edu.innovation.command.kernel.ProjectContext;
import ru.edu.innovation.command.kernel.ProjectRuleViolationException;
import ru.edu.innovation.command.kernel.Refusals;
import ru.edu.innovation.command.kernel.UnknownProjectPartException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** The project's plan: the activities planned, the events held and the normative acts, drafts until adopted. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Plan {

    @MembersById(missing = "В плане нет мероприятия %s")
    private Map<String, Activity> activities = new HashMap<>();
    private Set<String> heldEventIds = new HashSet<>();
    private Set<String> normativeActIds = new HashSet<>();
    /** The acts registered as drafts and not adopted yet: they do not count until they are. */
    private Set<String> draftActIds = new HashSet<>();

    @CommandHandler
    public long handle(PlanActivityCommand command, MetaData metaData, ProjectContext project) {
        if (command.subProjectId() == null) {
            project.admitSchoolWork(metaData);
        } else {
            admitSubProjectWork(command.subProjectId(), metaData, project);
        }
        if (activities.containsKey(command.activityId())) {
            throw Refusals.alreadyExists("Мероприятие", command.activityId());
        }
        ActivityPlan plan = command.plan();
        requireFits(plan, project);
        apply(new ActivityPlannedEvent(project.projectId(), command.activityId(), plan, command.subProjectId()));
        return project.version();
    }

    @CommandHandler
    public long handle(RecordHeldEventCommand command, MetaData metaData, Clock clock, ProjectContext project) {
        admitActivityWork(command.event().activityId(), metaData, project);
        if (heldEventIds.contains(command.heldEventId())) {
            throw Refusals.alreadyExists("Мероприятие", command.heldEventId());
        }
        HeldEvent event = command.event();
        requireHeldInsideProject(event, project);
        if (event.heldOn().isAfter(LocalDate.now(clock))) {
            throw Refusals.violation("DATE_IN_FUTURE", "Проведённое мероприятие не может быть датировано будущим числом");
        }
        if (event.activityId() != null) {
            Activity activity = activities.get(event.activityId());
            if (activity == null) {
                throw Refusals.violation("UNKNOWN_ACTIVITY", "В плане нет мероприятия " + event.activityId());
            }
            activity.requireNotCancelled();
        }
        apply(new HeldEventRecordedEvent(project.projectId(), command.heldEventId(), event));
        return project.version();
    }

    @CommandHandler
    public long handle(RegisterNormativeActCommand command, MetaData metaData, ProjectContext project) {
        project.admitSchoolWork(metaData);
        if (normativeActIds.contains(command.actId())) {
            throw Refusals.alreadyExists("Локальный акт", command.actId());
        }
        apply(new NormativeActRegisteredEvent(project.projectId(), command.actId(), command.act()));
        return project.version();
    }

    @CommandHandler
    public long handle(AdoptNormativeActCommand command, MetaData metaData, Clock clock, ProjectContext project) {
        project.admitSchoolWork(metaData);
        if (!normativeActIds.contains(command.actId())) {
            throw new UnknownProjectPartException("В проекте нет локального акта " + command.actId());
        }
        if (!draftActIds.contains(command.actId())) {
            throw Refusals.violation("ACT_ALREADY_ADOPTED", "Локальный акт " + command.actId() + " уже принят");
        }
        if (command.adoption().date().isAfter(LocalDate.now(clock))) {
            throw Refusals.violation("DATE_IN_FUTURE", "Акт не может быть принят позже сегодняшнего дня");
        }
        apply(new NormativeActAdoptedEvent(project.projectId(), command.actId(), command.adoption()));
        return project.version();
    }

    /**
     * Who may record a deviation, and whether the project runs, come before the activity is looked up;
     * so do the acts its management actions cite, which only the plan knows.
     */
    @CommandHandlerInterceptor
    void admitDeviation(RecordActivityDeviationCommand command, MetaData metaData, ProjectContext project) {
        admitActivityWork(command.activityId(), metaData, project);
        for (ManagementAction action : command.deviation().managementActions()) {
            if (action.normativeActId() != null && !normativeActIds.contains(action.normativeActId())) {
                throw Refusals.violation("UNKNOWN_NORMATIVE_ACT",
                        "Управленческое действие ссылается на локальный акт " + action.normativeActId()
                                + ", которого нет среди актов проекта");
            }
        }
    }

    /** Who may amend an activity, and whether the project runs, come before the activity is looked up. */
    @CommandHandlerInterceptor
    void admitAmendment(AmendActivityCommand command, MetaData metaData, ProjectContext project) {
        admitActivityWork(command.activityId(), metaData, project);
    }

    /** Who may cancel an activity, and whether the project runs, come before the activity is looked up. */
    @CommandHandlerInterceptor
    void admitCancellation(CancelActivityCommand command, MetaData metaData, ProjectContext project) {
        admitActivityWork(command.activityId(), metaData, project);
    }

    /**
     * Work on an activity of the plan, or on the project where none is named: a sub-project's activity
     * is also the work of the school that runs the sub-project, any other is the project's lead's.
     */
    private void admitActivityWork(String activityId, MetaData metaData, ProjectContext project) {
        Optional.ofNullable(activityId).map(activities::get).flatMap(Activity::subProjectId).ifPresentOrElse(
                subProjectId -> admitSubProjectWork(subProjectId, metaData, project),
                () -> project.admitSchoolWork(metaData));
    }

    /**
     * A sub-project's plan entry: the sub-project exists, and who acts is the school that runs it or the
     * project's lead; then whether the project runs.
     */
    private static void admitSubProjectWork(String subProjectId, MetaData metaData, ProjectContext project) {
        String organizationId = project.subProjectOrganization(subProjectId)
                .orElseThrow(() -> Refusals.violation("UNKNOWN_SUB_PROJECT",
                        "В сетевом проекте нет подпроекта " + subProjectId));
        project.authorizeSchoolOrParticipant(Actor.from(metaData), organizationId);
        project.requireRunning();
    }

    /** The task an activity serves exists, and its dates, where given, lie inside the project's period. */
    static void requireFits(ActivityPlan plan, ProjectContext project) {
        if (plan.taskNumber() != null && plan.taskNumber() > project.taskCount()) {
            throw Refusals.violation("UNKNOWN_TASK", "В проекте " + project.taskCount() + " задач, задачи №"
                    + plan.taskNumber() + " нет");
        }
        if (plan.deadline() != null) {
            project.requireInsideProject(plan.deadline(), "Срок мероприятия");
        }
        if (plan.startDate() != null) {
            project.requireInsideProject(plan.startDate(), "Начало мероприятия");
        }
    }

    /** A day inside the project's period, or a month that has at least its first or its last day inside it. */
    private static void requireHeldInsideProject(HeldEvent event, ProjectContext project) {
        if (event.date() != null) {
            project.requireInsideProject(event.date(), "Дата мероприятия");
            return;
        }
        try {
            project.requireInsideProject(event.heldOn(), "Месяц мероприятия");
        } catch (ProjectRuleViolationException firstDayOutside) {
            project.requireInsideProject(event.heldBy(), "Месяц мероприятия");
        }
    }

    /** Whether the activity is in the plan, for the members that refer to one (products). */
    public boolean hasActivity(String activityId) {
        return activities.containsKey(activityId);
    }

    @EventSourcingHandler
    void on(ActivityPlannedEvent event) {
        activities.put(event.activityId(), new Activity(event.activityId(), event.plan(), event.subProjectId()));
    }

    @EventSourcingHandler
    void on(HeldEventRecordedEvent event) {
        heldEventIds.add(event.heldEventId());
    }

    @EventSourcingHandler
    void on(NormativeActRegisteredEvent event) {
        normativeActIds.add(event.actId());
        if (event.act().date() == null) {
            draftActIds.add(event.actId());
        }
    }

    @EventSourcingHandler
    void on(NormativeActAdoptedEvent event) {
        draftActIds.remove(event.actId());
    }
}
