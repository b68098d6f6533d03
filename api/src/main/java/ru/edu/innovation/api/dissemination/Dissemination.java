package ru.edu.innovation.api.dissemination;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ru.edu.innovation.api.common.OutreachLevel;

import java.time.LocalDate;
import java.util.List;

/**
 * An entry of dissemination of experience (трансляция опыта): a talk, webinar, master class or
 * publication on {@code topic} at {@code level}. Where it took place ({@code event}, {@code place}),
 * who presented it and when are given as far as the documents give them: many name no date.
 * {@code publication} carries the bibliographic data of a publication.
 */
public record Dissemination(
        @NotNull DisseminationForm form,
        @NotNull OutreachLevel level,
        @NotBlank @Size(max = 1000) String topic,
        @Size(max = 1000) String event,
        @Size(max = 1000) String place,
        LocalDate date,
        @Size(max = 50, message = "{innovation.constraints.ListSize.message}") List<@NotBlank @Size(max = 300) String> speakers,
        @Valid Publication publication) {

    public Dissemination {
        speakers = speakers == null ? List.of() : List.copyOf(speakers);
    }
}
