package ru.edu.innovation.query.summary;

import ru.edu.innovation.query.dissemination.LevelCount;

import java.time.LocalDate;
import java.util.List;

/**
 * The region at a glance on {@code asOf}: projects by territory, status level and status; the
 * reports waiting for the institute and the ministry and how many of those reviews are overdue;
 * the running projects whose stage is over without a report; and the running projects' dissemination
 * of experience by level, from the school to the international one. For a school,
 * {@code organizationId} names its organization and every number counts only its projects.
 */
public record RegionalSummary(LocalDate asOf, String organizationId, long projects, List<Tally> byTerritory,
                              List<Tally> byLevel, List<Tally> byStatus, List<ReportsDue> reportsDue,
                              List<MissingReport> reportsMissing, List<LevelCount> disseminationByLevel) {
}
