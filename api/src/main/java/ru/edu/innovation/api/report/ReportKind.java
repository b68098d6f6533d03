package ru.edu.innovation.api.report;

public enum ReportKind {
    /** промежуточный отчёт */
    INTERIM,
    /** итоговый отчёт; only in the last stage */
    FINAL
}
