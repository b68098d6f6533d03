package ru.edu.innovation.processes.task;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import ru.edu.innovation.api.common.Review;
import ru.edu.innovation.api.common.ReviewDecision;
import ru.edu.innovation.api.common.ReviewLevel;
import ru.edu.innovation.processes.ApprovalProcesses;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;

/**
 * Reads what a reviewer entered in a task form. The forms validate too, but Camunda's REST API
 * accepts any variables, so each value is checked again and a missing one refuses the completion.
 */
public final class TaskInput {

    /** Camunda keeps a string variable in a column of 4000 characters; the forms say the same. */
    private static final int MAX_CONCLUSION = 4000;
    /** A date typed as Russians write it; 31.02.2023 is refused, not moved to March. */
    private static final java.util.regex.Pattern RUSSIAN_DATE = java.util.regex.Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{4}");
    private static final java.time.format.DateTimeFormatter RUSSIAN_DATE_FORMAT = java.time.format.DateTimeFormatter
            .ofPattern("dd.MM.uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private TaskInput() {
    }

    /** The project the process decides on: from its business key, never from a variable. */
    public static String projectId(DelegateExecution execution) {
        return ProcessTarget.of(execution).projectId();
    }

    public static ReviewLevel level(DelegateExecution execution) {
        return ReviewLevel.valueOf(required(execution, ApprovalProcesses.REVIEW_LEVEL, "уровень рассмотрения"));
    }

    /** The decision and conclusion the reviewer at {@code level} entered. */
    public static Review review(DelegateExecution execution, ReviewLevel level) {
        String decisionVariable = level == ReviewLevel.INSTITUTE
                ? ApprovalProcesses.INSTITUTE_DECISION : ApprovalProcesses.MINISTRY_DECISION;
        String conclusionVariable = level == ReviewLevel.INSTITUTE
                ? ApprovalProcesses.INSTITUTE_CONCLUSION : ApprovalProcesses.MINISTRY_CONCLUSION;
        return new Review(decision(execution, decisionVariable), conclusion(execution, conclusionVariable));
    }

    /**
     * The decision, written back in its canonical form: the gateway after the task must route on
     * exactly the decision the command recorded.
     */
    public static ReviewDecision decision(DelegateExecution execution, String variable) {
        String value = required(execution, variable, "решение");
        ReviewDecision decision;
        try {
            decision = ReviewDecision.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            throw new TaskRefusedException("Неизвестное решение «" + value + "»: выберите одобрение, возврат на доработку или отказ");
        }
        execution.getProcessInstance().setVariable(variable, decision.name());
        return decision;
    }

    public static String conclusion(DelegateExecution execution, String variable) {
        String conclusion = required(execution, variable, "заключение");
        if (conclusion.length() > MAX_CONCLUSION) {
            throw new TaskRefusedException("Заключение длиннее " + MAX_CONCLUSION + " знаков");
        }
        return conclusion;
    }

    public static String required(DelegateExecution execution, String variable, String what) {
        Object value = execution.getVariable(variable);
        if (value == null || value.toString().isBlank()) {
            throw new TaskRefusedException("Заполните поле «" + what + "»");
        }
        return value.toString().strip();
    }

    /** A date from a form's date picker (yyyy-MM-dd), typed as dd.MM.yyyy, or a Date variable set through the REST API. */
    public static LocalDate date(DelegateExecution execution, String variable, String what, ZoneId zone) {
        Object value = execution.getVariable(variable);
        if (value instanceof Date date) {
            return date.toInstant().atZone(zone).toLocalDate();
        }
        String text = required(execution, variable, what);
        try {
            return RUSSIAN_DATE.matcher(text).matches() ? LocalDate.parse(text, RUSSIAN_DATE_FORMAT)
                    : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException malformed) {
            throw new TaskRefusedException("Поле «" + what + "»: такой даты нет, ожидается дата в виде ДД.ММ.ГГГГ, получено «" + text + "»");
        }
    }

    public static boolean confirmed(DelegateExecution execution, String variable) {
        Object value = execution.getVariable(variable);
        return Boolean.TRUE.equals(value) || "true".equals(value);
    }

    /** After a return, the school's revision task shows who returned it and why. */
    public static void rememberReturn(DelegateExecution execution, ReviewLevel level, Review review) {
        if (review.decision() == ReviewDecision.RETURN_FOR_REVISION) {
            execution.getProcessInstance().setVariable(ApprovalProcesses.RETURNED_BY, level == ReviewLevel.INSTITUTE
                    ? "Институт развития образования" : "Министерство образования");
            execution.getProcessInstance().setVariable(ApprovalProcesses.RETURN_CONCLUSION, review.conclusion());
        }
    }
}
