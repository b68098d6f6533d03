package ru.edu.innovation.processes.deadline;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How long each level has for a review, and how long before the due date the reviewer is reminded.
 */
@ConfigurationProperties("innovation.deadlines")
public record DeadlineProperties(@DefaultValue("P10D") Duration instituteReview,
                                 @DefaultValue("P15D") Duration ministryReview,
                                 @DefaultValue("P2D") Duration reminderBefore) {

    public DeadlineProperties {
        for (Duration duration : new Duration[] {instituteReview, ministryReview, reminderBefore}) {
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("review deadlines must be positive: " + duration);
            }
        }
    }
}
