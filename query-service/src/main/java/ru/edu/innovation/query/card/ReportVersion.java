package ru.edu.innovation.query.card;

import java.time.Instant;

/**
 * A frozen version of a report: the school's sections in the project's event {@code sequence} (its
 * submission or resubmission) drawn on the project as it stood at event {@code basedOnSequence}.
 * {@code sha256} is the digest the event carries; empty for a version submitted before versions
 * were frozen.
 */
public record ReportVersion(int number, Instant submittedAt, String submittedBy, long sequence, long basedOnSequence,
                            String sha256) {
}
