package ru.edu.innovation.processes.deadline;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How long each level has for a review, how long before the due date the reviewer is reminded, and
 * how long a school has to revise what was returned to it.
 */
@ConfigurationProperties("innovation.deadlines")
public record DeadlineProperties(@DefaultValue("P10D") Duration instituteReview,
                                 @DefaultValue("P15D") Duration ministryReview,
                                 @DefaultValue("P2D") Duration reminderBefore,
                                 @DefaultValue("P10D") Duration schoolRevision) {

    public DeadlineProperties {
        for (Duration duration : new Duration[] {instituteReview, ministryReview, reminderBefore, schoolRevision}) {
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("review deadlines must be positive: " + duration);
            }
        }
    }
}
