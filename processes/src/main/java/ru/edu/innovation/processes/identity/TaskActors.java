package ru.edu.innovation.processes.identity;

import ru.edu.innovation.platform.identity.IdentityGroups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;
import ru.edu.innovation.api.common.Role;
import ru.edu.innovation.processes.task.TaskRefusedException;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Finds the organization and role of the user who completed a task from their groups. */
@Component
public class TaskActors {

    private final IdentityService identityService;

    public TaskActors(IdentityService identityService) {
        this.identityService = identityService;
    }

    /**
     * The user acting in {@code stepRole} if they belong to that role's group (or its supervisors),
     * otherwise in a role they do have, so the aggregate refuses the step with its own reason.
     */
    public TaskActor resolve(String userId, Role stepRole) {
        List<Group> groups = withoutAuthorization(() -> identityService.createGroupQuery().groupMember(userId).list());
        String organizationId = groups.stream()
                .filter(group -> IdentityGroups.ORGANIZATION_TYPE.equals(group.getType()))
                .map(Group::getId)
                .findFirst()
                .orElse(null);
        List<Role> roles = groups.stream()
                .map(group -> IdentityGroups.roleOf(group.getId()))
                .flatMap(Optional::stream)
                .toList();
        Role role = roles.contains(stepRole) ? stepRole : roles.stream().findFirst()
                .orElseThrow(() -> new TaskRefusedException("У пользователя «" + userId + "» нет роли в системе"));
        return new TaskActor(userId, organizationId, role);
    }

    /** A reviewer may read their own groups even where Camunda's authorizations do not list them. */
    private static <T> T withoutAuthorization(java.util.concurrent.Callable<T> query) {
        CommandContext commandContext = Objects.requireNonNull(Context.getCommandContext(),
                "called from a delegate, inside the engine");
        return commandContext.runWithoutAuthorization(query);
    }
}
