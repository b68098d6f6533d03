package ru.edu.innovation.command.plan;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;
import ru.edu.innovation.api.plan.ActivityDeviationRecordedEvent;
import ru.edu.innovation.api.plan.ActivityPlan;
import ru.edu.innovation.api.plan.RecordActivityDeviationCommand;
import ru.edu.innovation.command.kernel.ProjectContext;
import ru.edu.innovation.command.kernel.Refusals;

import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** An activity of the plan; who may act on it is checked by the {@link Plan} before it is looked up. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Activity {

    @EntityId
    private String activityId;
    private ActivityPlan plan;
    private boolean deviationRecorded;

    Activity() {
        // Jackson needs a no-arg constructor to read the activity back from a snapshot.
    }

    Activity(String activityId, ActivityPlan plan) {
        this.activityId = activityId;
        this.plan = plan;
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

    @EventSourcingHandler
    void on(ActivityDeviationRecordedEvent event) {
        deviationRecorded = true;
    }

    /** Equal state: Axon's fixture compares the state a command left with the state its events rebuild. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Activity other && Objects.equals(activityId, other.activityId) && Objects.equals(plan, other.plan) && Objects.equals(deviationRecorded, other.deviationRecorded);
    }

    @Override
    public int hashCode() {
        return Objects.hash(activityId, plan, deviationRecorded);
    }
}
