package ru.edu.innovation.query.audit;

import java.util.List;

/** A page of a project's history, oldest first; {@code total} is the number of events stored. */
public record History(String projectId, long total, int page, int size, List<HistoryEntry> events) {
}
