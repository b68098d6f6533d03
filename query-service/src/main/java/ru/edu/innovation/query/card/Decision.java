package ru.edu.innovation.query.card;

import java.time.Instant;

/**
 * One step somebody took on an application, report or stage: {@code step} names it (SUBMITTED,
 * SIGNED, INSTITUTE, MINISTRY, RESUBMITTED, REQUESTED), {@code decision} and {@code conclusion}
 * are set for reviews.
 */
public record Decision(String step, String decision, String conclusion, String by, String role, Instant at,
                       String processInstanceId, String taskId) {
}
