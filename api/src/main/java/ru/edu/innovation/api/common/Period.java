package ru.edu.innovation.api.common;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** A closed date range, both ends inclusive: a project's period, a stage, a reporting period. */
public record Period(@NotNull LocalDate from, @NotNull LocalDate to) {

    @JsonIgnore
    @AssertTrue(message = "начало периода не может быть позже его окончания")
    public boolean isOrdered() {
        return from == null || to == null || !from.isAfter(to);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    public boolean contains(Period other) {
        return contains(other.from) && contains(other.to);
    }
}
