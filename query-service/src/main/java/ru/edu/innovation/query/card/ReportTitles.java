package ru.edu.innovation.query.card;

import ru.edu.innovation.api.report.ReportKind;

/** «Промежуточный отчёт за 2022–2023»: how reviewers and the registry name a report. */
public final class ReportTitles {

    private ReportTitles() {
    }

    public static String of(ReportView report) {
        return (report.kind() == ReportKind.FINAL ? "Итоговый отчёт" : "Промежуточный отчёт") + " за "
                + report.reportingPeriod().label();
    }
}
