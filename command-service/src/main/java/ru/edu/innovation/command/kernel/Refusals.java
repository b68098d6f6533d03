package ru.edu.innovation.command.kernel;

/** The refusals every part of the project words alike. */
public final class Refusals {

    private Refusals() {
    }

    public static ProjectRuleViolationException violation(String code, String message) {
        return new ProjectRuleViolationException(code, message);
    }

    /** {@code what} (e.g. «Отчёт») is not waiting for {@code decision} (e.g. «подписи руководителя»). */
    public static ProjectRuleViolationException notAwaiting(String decision, String what) {
        return violation("NOT_AWAITING_DECISION", what + " сейчас не ожидает " + decision);
    }

    public static ProjectRuleViolationException alreadyExists(String what, String id) {
        return violation("ALREADY_EXISTS", what + " с идентификатором " + id + " уже есть в проекте");
    }
}
