package ru.edu.innovation.query.web;

import ru.edu.innovation.api.common.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The period a list of a project is asked for, either end open. An entry the documents give no date
 * for falls in it by the day it was recorded: that is when the school knew of it.
 */
public record PeriodFilter(LocalDate from, LocalDate to) {

    public static final PeriodFilter ALL = new PeriodFilter(null, null);

    /** {@code from} and {@code to} of a request; a period that ends before it starts is refused. */
    public static PeriodFilter of(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidQueryException("from: начало периода " + from + " позже его окончания " + to);
        }
        return new PeriodFilter(from, to);
    }

    /** Whether {@code period} has at least one day in this one. */
    public boolean meets(Period period) {
        return (to == null || !period.from().isAfter(to)) && (from == null || !period.to().isBefore(from));
    }

    public boolean includes(LocalDate date, Instant recordedAt, ZoneId zone) {
        LocalDate day = date != null ? date : recordedAt.atZone(zone).toLocalDate();
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
}
