package ru.edu.innovation.query.summary;

import ru.edu.innovation.api.common.ReviewLevel;

/** Reports waiting for a decision at one level, and how many of those reviews are overdue. */
public record ReportsDue(ReviewLevel level, long due, long overdue) {
}
