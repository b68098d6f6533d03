package ru.edu.innovation.api.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import ru.edu.innovation.api.participation.CategoryCount;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * An event held (проведённое мероприятие). Only the title and a day or a month ({@code month},
 * «2023-03», when the document gives no day) are required: the rest is what the document shows.
 * {@code activityId} names the planned activity it fulfils (a session of a series), or is empty
 * for an event beyond the plan. {@code participants} counts who took part by the categories the
 * regional forms use (педагоги, руководители, обучающиеся, родители, психологи …), each at most once.
 */
public record HeldEvent(
        LocalDate date,
        @NotBlank @Size(max = 1000) String title,
        EventLevel level,
        @Size(max = 300) String format,
        @Size(max = 20) List<@NotNull @Valid CategoryCount> participants,
        @Size(max = 4000) String resultsAndProducts,
        @Size(max = 100) String activityId,
        @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "ожидается месяц в формате ГГГГ-ММ") String month,
        @Size(max = 50) List<@Valid Presenter> presenters,
        @Size(max = 1000) String hostOrganization,
        @Size(max = 300) String direction,
        @Size(max = 10) List<Audience> audience) {

    public HeldEvent {
        participants = participants == null ? List.of() : List.copyOf(participants);
        presenters = presenters == null ? List.of() : List.copyOf(presenters);
        audience = audience == null ? List.of() : List.copyOf(audience);
    }

    /** An event with a day, level, format, counts and results and nothing else, as revision 1 recorded every one. */
    public HeldEvent(LocalDate date, String title, EventLevel level, String format, ParticipantCounts participants,
                     String resultsAndProducts, String activityId) {
        this(date, title, level, format, participants == null ? null : participants.byCategory(), resultsAndProducts,
                activityId, null, null, null, null, null);
    }

    /** All participants counted, whatever their category. */
    @JsonIgnore
    public int participantsTotal() {
        return participants.stream().filter(Objects::nonNull).mapToInt(CategoryCount::count).sum();
    }

    @JsonIgnore
    @AssertTrue(message = "каждая категория участников указывается один раз (другие различаются названием)")
    public boolean isCategoriesUnique() {
        List<String> keys = participants.stream().filter(Objects::nonNull)
                .map(count -> count.category() + "/" + (count.name() == null ? "" : count.name().strip())).toList();
        return keys.stream().distinct().count() == keys.size();
    }

    @JsonIgnore
    @AssertTrue(message = "укажите дату или месяц проведения, одно из двух")
    public boolean isDatedOnce() {
        return (date == null) != (month == null);
    }

    /** The day it counts from: its date, or the first day of its month. */
    @JsonIgnore
    public LocalDate heldOn() {
        return date != null ? date : month == null ? null : YearMonth.parse(month).atDay(1);
    }

    /** The last day it may have been held: its date, or the last day of its month. */
    @JsonIgnore
    public LocalDate heldBy() {
        return date != null ? date : month == null ? null : YearMonth.parse(month).atEndOfMonth();
    }
}
