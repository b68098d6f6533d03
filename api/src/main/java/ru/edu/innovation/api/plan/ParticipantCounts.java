package ru.edu.innovation.api.plan;

import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Max;
import ru.edu.innovation.api.participation.CategoryCount;
import ru.edu.innovation.api.participation.ParticipantCategory;

import java.util.ArrayList;
import java.util.List;

/**
 * Participants of an event held in the four numbers revision 2 of {@link HeldEventRecordedEvent} knew;
 * an event now counts them by {@link CategoryCount}, and these read as the categories they name.
 */
public record ParticipantCounts(@PositiveOrZero @Max(1_000_000) int teachers, @PositiveOrZero @Max(1_000_000) int students,
                                @PositiveOrZero @Max(1_000_000) int parents, @PositiveOrZero @Max(1_000_000) int others) {

    public int total() {
        return teachers + students + parents + others;
    }

    /** The nonzero counts as categories: teachers, students, parents, others; a zero was never a count. */
    public List<CategoryCount> byCategory() {
        List<CategoryCount> counts = new ArrayList<>();
        add(counts, ParticipantCategory.TEACHERS, teachers);
        add(counts, ParticipantCategory.STUDENTS, students);
        add(counts, ParticipantCategory.PARENTS, parents);
        add(counts, ParticipantCategory.OTHER, others);
        return List.copyOf(counts);
    }

    private static void add(List<CategoryCount> counts, ParticipantCategory category, int count) {
        if (count > 0) {
            counts.add(new CategoryCount(category, null, count));
        }
    }
}
