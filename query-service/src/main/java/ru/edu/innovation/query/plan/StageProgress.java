package ru.edu.innovation.query.plan;

import ru.edu.innovation.api.common.Period;

import java.math.BigDecimal;

/** How much of a stage's plan was done: {@code percentDone} is empty when nothing was planned for it. */
public record StageProgress(int stageNumber, String name, Period period, int planned, int done,
                            BigDecimal percentDone) {
}
