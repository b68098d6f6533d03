package ru.edu.innovation.query.plan;

import java.math.BigDecimal;

/**
 * How much of the plan serving one project task (задача) was done; the activities planned without a
 * task are counted in a row of their own with {@code taskNumber} empty.
 */
public record TaskProgress(Integer taskNumber, String task, int planned, int done, BigDecimal percentDone) {
}
