package ru.edu.innovation.processes.identity;

import ru.edu.innovation.api.common.Role;

/** The user who completed a task, as the command's metadata names them. */
public record TaskActor(String userId, String organizationId, Role role) {

    public static TaskActor system() {
        return new TaskActor("system", null, Role.SYSTEM);
    }
}
