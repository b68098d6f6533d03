package ru.edu.innovation.processes.deadline;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import ru.edu.innovation.api.common.ReviewLevel;
import ru.edu.innovation.processes.routing.ReviewRouting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * Due dates of review tasks, the time each step has coming from the chain's route (the routing table), used by the BPMN as {@code ${deadlines.dueAt('INSTITUTE', execution)}}
 * for the task's due date and its overdue timer, and {@code remindAt} for the reminder timer.
 * The engine evaluates these expressions at different moments of entering the task, so the due date
 * is computed once and kept on the task's own scope: task, timer and reminder agree to the millisecond,
 * and a new round of the same review gets a new due date.
 */
@Component("deadlines")
public class ReviewDeadlines {

    static final String DUE_AT = "reviewDueAt";

    private final DeadlineProperties properties;
    private final Clock clock;

    public ReviewDeadlines(DeadlineProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    public Date dueAt(String level, VariableScope scope) {
        Object known = scope.getVariableLocal(DUE_AT);
        if (known instanceof Date due) {
            return due;
        }
        Date due = Date.from(Instant.now(clock).plus(reviewTime(ReviewLevel.valueOf(level), scope)));
        scope.setVariableLocal(DUE_AT, due);
        return due;
    }

    /** Shortly before the due date; for a review time shorter than the reminder period, halfway. */
    public Date remindAt(String level, VariableScope scope) {
        Instant due = dueAt(level, scope).toInstant();
        Duration reviewTime = reviewTime(ReviewLevel.valueOf(level), scope);
        Duration before = properties.reminderBefore().compareTo(reviewTime) < 0
                ? properties.reminderBefore() : reviewTime.dividedBy(2);
        return Date.from(due.minus(before));
    }

    /**
     * Due date of a school's revision task, {@code ${deadlines.revisionDueAt()}}: set by the process, and
     * the school may not change it (a candidate's default task permission is TASK_WORK).
     */
    public Date revisionDueAt() {
        return Date.from(Instant.now(clock).plus(properties.schoolRevision()));
    }

    /**
     * The time the routing table gave the chain for this step; a chain started before the table has
     * none and takes the configured one.
     */
    private Duration reviewTime(ReviewLevel level, VariableScope scope) {
        Object routed = scope.getVariable(level == ReviewLevel.INSTITUTE ? ReviewRouting.REVIEW_TIME : ReviewRouting.DECISION_TIME);
        if (routed instanceof String time) {
            return Duration.parse(time);
        }
        return level == ReviewLevel.INSTITUTE ? properties.instituteReview() : properties.ministryReview();
    }
}
