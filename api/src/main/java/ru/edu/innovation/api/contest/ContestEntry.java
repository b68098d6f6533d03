package ru.edu.innovation.api.contest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ru.edu.innovation.api.common.OutreachLevel;

import java.time.LocalDate;

/**
 * A participation in a contest, olympiad or award (конкурс, олимпиада, награда): who took part
 * ({@code participantKind} and {@code participant}'s name), at which level, with which result,
 * and when, where the document gives a date.
 */
public record ContestEntry(
        @NotBlank @Size(max = 1000) String contest,
        @NotNull OutreachLevel level,
        @NotNull ParticipantKind participantKind,
        @NotBlank @Size(max = 1000) String participant,
        @NotNull ContestResult result,
        LocalDate date) {
}
