package ru.edu.innovation.query.reviews;

import ru.edu.innovation.api.common.ReviewLevel;
import ru.edu.innovation.api.review.ReviewedItem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * An application, report or stage completion waiting at the institute or the ministry.
 * {@code itemId} is the report id or the stage number, empty for an application;
 * {@code waitingDays} counts calendar days in the region from the day it arrived to today.
 */
public record WaitingReview(String projectId, ReviewedItem item, String itemId, ReviewLevel level, String title,
                            String organizationId, String organizationName, String territory,
                            Instant waitingSince, long waitingDays, boolean overdue) {

    static long waitingDays(Instant since, LocalDate today, ZoneId zone) {
        return Math.max(0, ChronoUnit.DAYS.between(since.atZone(zone).toLocalDate(), today));
    }
}
