package ru.edu.innovation.query.acts;

import ru.edu.innovation.api.plan.NormativeAct;
import ru.edu.innovation.api.plan.NormativeActKind;

import java.time.LocalDate;

/** A local act as the lists show it; a draft has neither number nor date. */
public record ActEntry(String actId, NormativeActKind kind, String number, LocalDate date, String title,
                       String purpose) {

    static ActEntry of(String actId, NormativeAct act) {
        return new ActEntry(actId, act.kind(), act.number(), act.date(), act.title(), act.purpose());
    }

    public boolean adopted() {
        return date != null;
    }
}
