package ru.edu.innovation.api.common;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

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

    /**
     * How reports name their period: a calendar year («2023 год»), the school year (September to
     * August) the period lies in («2022–2023»), or else its dates («01.01.2023 – 15.03.2023»).
     */
    public String label() {
        boolean calendarYear = from.getDayOfYear() == 1 && to.getMonthValue() == 12 && to.getDayOfMonth() == 31
                && from.getYear() == to.getYear();
        if (calendarYear) {
            return from.getYear() + " год";
        }
        int schoolYear = schoolYearStart(from);
        if (schoolYear == schoolYearStart(to)) {
            return schoolYear + "–" + (schoolYear + 1);
        }
        DateTimeFormatter date = DateTimeFormatter.ofPattern("dd.MM.yyyy");
        return date.format(from) + " – " + date.format(to);
    }

    private static int schoolYearStart(LocalDate date) {
        return date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1;
    }
}
