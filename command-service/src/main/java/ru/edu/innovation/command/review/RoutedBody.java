package ru.edu.innovation.command.review;

import ru.edu.innovation.command.kernel.Actor;
import ru.edu.innovation.command.kernel.ProjectAccessDeniedException;

/**
 * Policy: a review or a decision taken in a task of a routed chain is taken by a user of the body the
 * route names for that step (the reviewing institute or service, the deciding ministry, directorate or
 * authority), whoever else was able to take the task. A chain started before the routing table names no
 * body, and its steps keep the role's check alone.
 */
public final class RoutedBody {

    public static final String CODE = "NOT_ROUTED_BODY";

    private RoutedBody() {
    }

    public static void require(Actor actor) {
        if (actor.routedBody() != null && !actor.routedBody().equals(actor.organizationId())) {
            throw new ProjectAccessDeniedException(CODE, "Этот шаг согласования поручен организации «"
                    + actor.routedBody() + "»: пользователь другой организации не может принять по нему решение");
        }
    }
}
