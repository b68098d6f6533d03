package ru.edu.innovation.command.kernel;

/**
 * Policy: the application and reports are signed by the leader bound by login in the project's
 * details, or the deputy named there, and never by the user who submitted them. A project that went
 * past the draft before logins were bound keeps the earlier rule: any user of the lead organization
 * other than the submitter.
 */
public record Signatories(String leader, String deputy) {

    /** {@code actor} may sign {@code what} (e.g. «отчёт») that {@code submitter} submitted. */
    public void requireSignatory(Actor actor, String submitter, String what) {
        if (leader != null || deputy != null) {
            if (!actor.userId().equals(leader) && !actor.userId().equals(deputy)) {
                throw new NotProjectSignatoryException("Подписать " + what + " может только руководитель проекта"
                        + (deputy == null ? "" : " или его заместитель") + ", указанные в заявке; пользователь «"
                        + actor.userId() + "» к ним не относится");
            }
        }
        if (actor.userId().equals(submitter)) {
            throw Refusals.violation("FOUR_EYES", "Пользователь «" + actor.userId() + "» подал " + what
                    + " и сам подписать не может: подписывает другой человек");
        }
    }
}
