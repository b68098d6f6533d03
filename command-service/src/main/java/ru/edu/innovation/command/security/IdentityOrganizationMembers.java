package ru.edu.innovation.command.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;
import ru.edu.innovation.command.project.OrganizationMembers;

import java.util.concurrent.Callable;

/**
 * The organizations' users from the engine's identity service, the product's user store, where each
 * organization is a group of its users.
 */
@Component
public class IdentityOrganizationMembers implements OrganizationMembers {

    private final IdentityService identityService;

    public IdentityOrganizationMembers(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public boolean belongsTo(String login, String organizationId) {
        Callable<Long> users = () -> identityService.createUserQuery().userId(login).memberOfGroup(organizationId).count();
        // Inside a task completion the engine would limit the query to what the reviewer may read.
        CommandContext engineCommand = Context.getCommandContext();
        try {
            long found = engineCommand == null ? users.call() : engineCommand.runWithoutAuthorization(users);
            return found > 0;
        } catch (Exception e) {
            throw new IllegalStateException("reading the users of " + organizationId, e);
        }
    }
}
