package ru.edu.innovation.query.plan;

import java.math.BigDecimal;

/** How much of the plan serving one project task (задача) was done. */
public record TaskProgress(int taskNumber, String task, int planned, int done, BigDecimal percentDone) {
}
