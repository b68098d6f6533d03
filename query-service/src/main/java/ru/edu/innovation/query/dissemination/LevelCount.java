package ru.edu.innovation.query.dissemination;

import ru.edu.innovation.api.common.OutreachLevel;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** How many entries of dissemination of experience reached one level. */
public record LevelCount(OutreachLevel level, long entries) {

    /** Every level from the school to the international one, with zero where none reached it: a steady shape. */
    public static List<LevelCount> of(Collection<DisseminationEntry> entries) {
        Map<OutreachLevel, Long> counted = entries.stream()
                .collect(Collectors.groupingBy(DisseminationEntry::level, Collectors.counting()));
        return Arrays.stream(OutreachLevel.values())
                .map(level -> new LevelCount(level, counted.getOrDefault(level, 0L)))
                .toList();
    }

    /** The sum of several projects' counts, level by level. */
    public static List<LevelCount> sum(Collection<List<LevelCount>> counts) {
        Map<OutreachLevel, Long> total = counts.stream().flatMap(List::stream)
                .collect(Collectors.groupingBy(LevelCount::level, Collectors.summingLong(LevelCount::entries)));
        return Arrays.stream(OutreachLevel.values())
                .map(level -> new LevelCount(level, total.getOrDefault(level, 0L)))
                .toList();
    }
}
