package ru.edu.innovation.command.kernel;

import org.axonframework.messaging.MetaData;
import ru.edu.innovation.api.common.MetaDataKeys;
import ru.edu.innovation.api.common.Role;

/**
 * Who sends a command, as the web layer or a process task put it in the command's metadata; for a decision
 * taken in a task of a routed chain, also the body the route names for that step ({@code null} otherwise).
 */
public record Actor(String userId, String organizationId, Role role, String routedBody) {

    public static Actor from(MetaData metaData) {
        Object user = metaData.get(MetaDataKeys.USER_ID);
        Object role = metaData.get(MetaDataKeys.ROLE);
        if (user == null || role == null) {
            // Only our own code sends commands; a missing actor is a programming error, not user input.
            throw new IllegalStateException("command metadata carries no acting user or role");
        }
        Object organization = metaData.get(MetaDataKeys.ORGANIZATION_ID);
        Object routedBody = metaData.get(MetaDataKeys.ROUTED_BODY);
        return new Actor(user.toString(), organization == null ? null : organization.toString(),
                Role.valueOf(role.toString()), routedBody == null ? null : routedBody.toString());
    }

    public boolean is(Role expected) {
        return role == expected;
    }
}
