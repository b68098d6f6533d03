package ru.edu.innovation.command.plan;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;
import ru.edu.innovation.api.plan.ActivityAmendedEvent;
import ru.edu.innovation.api.plan.ActivityAmendment;
import ru.edu.innovation.api.plan.ActivityCancellation;
import ru.edu.innovation.api.plan.ActivityCancelledEvent;
import ru.edu.innovation.api.plan.ActivityDeviationRecordedEvent;
import ru.edu.innovation.api.plan.ActivityPlan;
import ru.edu.innovation.api.plan.AmendActivityCommand;
import ru.edu.innovation.api.plan.CancelActivityCommand;
import ru.edu.innovation.api.plan.RecordActivityDeviationCommand;
import ru.edu.innovation.command.kernel.ProjectContext;
import ru.edu.innovation.command.kernel.Refusals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An activity of the plan, the network's own or a sub-project's; who may act on it is checked by the
 * {@link Plan} before it is looked up.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Activity {

    @EntityId
    private String activityId;
    private ActivityPlan plan;
    /** The sub-project the activity belongs to, or null for the network's (the project's) own plan. */
    private String subProjectId;
    private boolean deviationRecorded;
    private boolean cancelled;

    Activity() {
        // Jackson needs a no-arg constructor to read the activity back from a snapshot.
    }

    Activity(String activityId, ActivityPlan plan, String subProjectId) {
        this.activityId = activityId;
        this.plan = plan;
        this.subProjectId = subProjectId;
    }

    /** The sub-project the activity belongs to, if it is not the network's own. */
    Optional<String> subProjectId() {
        return Optional.ofNullable(subProjectId);
    }

    @CommandHandler
    public long handle(RecordActivityDeviationCommand command, ProjectContext project) {
        if (deviationRecorded) {
            throw Refusals.violation("DEVIATION_ALREADY_RECORDED",
                    "Отклонение по мероприятию «" + plan.title() + "» уже записано");
        }
        apply(new ActivityDeviationRecordedEvent(project.projectId(), activityId, command.deviation()));
        return project.version();
    }

    /** A correction of the programme: the activity is planned anew from the amendment's date; the earlier plan stays in the history. */
    @CommandHandler
    public long handle(AmendActivityCommand command, Clock clock, ProjectContext project) {
        requireNotCancelled();
        ActivityAmendment amendment = command.amendment();
        Plan.requireFits(amendment.plan(), project);
        LocalDate date = decidedOn(amendment.date(), clock, project, "Дата корректировки");
        apply(new ActivityAmendedEvent(project.projectId(), activityId,
                new ActivityAmendment(amendment.plan(), amendment.reason(), date)));
        return project.version();
    }

    @CommandHandler
    public long handle(CancelActivityCommand command, Clock clock, ProjectContext project) {
        requireNotCancelled();
        ActivityCancellation cancellation = command.cancellation();
        LocalDate date = decidedOn(cancellation.date(), clock, project, "Дата отмены");
        apply(new ActivityCancelledEvent(project.projectId(), activityId,
                new ActivityCancellation(cancellation.reason(), date)));
        return project.version();
    }

    /** A cancelled activity takes no more amendments, sessions or cancellations. */
    void requireNotCancelled() {
        if (cancelled) {
            throw Refusals.violation("ACTIVITY_CANCELLED", "Мероприятие «" + plan.title() + "» отменено");
        }
    }

    /** The day a decision on the plan was taken: today when not given; inside the project and not in the future. */
    private static LocalDate decidedOn(LocalDate given, Clock clock, ProjectContext project, String what) {
        LocalDate today = LocalDate.now(clock);
        LocalDate date = given == null ? today : given;
        if (date.isAfter(today)) {
            throw Refusals.violation("DATE_IN_FUTURE", what + " не может быть в будущем");
        }
        project.requireInsideProject(date, what);
        return date;
    }

    @EventSourcingHandler
    void on(ActivityDeviationRecordedEvent event) {
        deviationRecorded = true;
    }

    @EventSourcingHandler
    void on(ActivityAmendedEvent event) {
        plan = event.amendment().plan();
    }

    @EventSourcingHandler
    void on(ActivityCancelledEvent event) {
        cancelled = true;
    }

    /** Equal state: Axon's fixture compares the state a command left with the state its events rebuild. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Activity other && Objects.equals(activityId, other.activityId) && Objects.equals(plan, other.plan)
                && Objects.equals(subProjectId, other.subProjectId) && deviationRecorded == other.deviationRecorded
                && cancelled == other.cancelled;
    }

    @Override
    public int hashCode() {
        return Objects.hash(activityId, plan, subProjectId, deviationRecorded, cancelled);
    }
}
