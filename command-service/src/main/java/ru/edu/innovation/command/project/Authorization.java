package ru.edu.innovation.command.project;

import ru.edu.innovation.api.common.Role;
import ru.edu.innovation.command.kernel.Actor;
import ru.edu.innovation.command.kernel.ProjectAccessDeniedException;

/** Who may act on a project: the role a step needs and the organization acting. What a step allows is the rules' business. */
final class Authorization {

    private Authorization() {
    }

    static void requireRole(Actor actor, Role role) {
        if (!actor.is(role)) {
            throw new ProjectAccessDeniedException("Этот шаг выполняет роль " + role + ", а не " + actor.role());
        }
    }

    /** A user of {@code organizationId} acting as the school. */
    static void requireSchoolOf(Actor actor, String organizationId) {
        requireRole(actor, Role.SCHOOL);
        if (!organizationId.equals(actor.organizationId())) {
            throw new ProjectAccessDeniedException("Организация пользователя не является ведущей организацией проекта");
        }
    }

    /** An institute decides only on the projects it reviews (any institute on a project stored before they were named). */
    static void requireReviewingInstitute(Actor actor, String reviewingInstitute) {
        if (reviewingInstitute != null && !reviewingInstitute.equals(actor.organizationId())) {
            throw new ProjectAccessDeniedException("NOT_REVIEWING_INSTITUTE",
                    "Экспертизу этого проекта проводит другой институт: решение принимает только он");
        }
    }

    /**
     * A deciding body acts on the projects of its own region only; an organization of no configured
     * region (a deployment without regions) is not held to one.
     */
    static void requireSameRegion(Actor actor, String leadOrganizationId, ReviewRoutes routes) {
        var own = actor.organizationId() == null ? java.util.Optional.<String>empty() : routes.regionOf(actor.organizationId());
        var project = routes.regionOf(leadOrganizationId);
        if (own.isPresent() && project.isPresent() && !own.equals(project)) {
            throw new ProjectAccessDeniedException("PROJECT_OF_ANOTHER_REGION",
                    "Проект относится к другому региону: решения по нему принимают органы его региона");
        }
    }

    /** The approval chains are cancelled from outside only by an administrator, or by the engine itself. */
    static void requireAdministration(Actor actor) {
        if (!actor.is(Role.ADMIN) && !actor.is(Role.SYSTEM)) {
            throw new ProjectAccessDeniedException("Процесс согласования отменяет только администратор");
        }
    }
}
