package ru.edu.innovation.query.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One component of an indicator measured as several (an area of a competency diagnostics): its
 * own baseline and target, its values in period order as written, the latest, and the share of
 * the distance from baseline to target covered (empty without both).
 */
public record ComponentProgress(String name, BigDecimal baseline, BigDecimal target, List<Reading> values,
                                Reading latest, BigDecimal shareOfTarget) {

    /** A component's value over a period, with the period as the documents name it. */
    public record Reading(String periodLabel, LocalDate from, LocalDate to, BigDecimal value) {
    }
}
