package ru.edu.innovation.query.audit;

import java.util.List;

/**
 * A page of a project's history, oldest first; {@code total} is the number of events stored. The
 * API's contract; {@link HistoryJson} writes it straight from the stored rows.
 */
public record History(String projectId, long total, int page, int size, List<HistoryEntry> events) {
}
