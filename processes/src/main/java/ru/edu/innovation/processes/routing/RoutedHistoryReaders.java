package ru.edu.innovation.processes.routing;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;
import ru.edu.innovation.platform.identity.IdentityGroups;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who may read a chain's history (its finished tasks, its variables, Tasklist's History tab beyond the
 * reader's own tasks): the bodies the route names and their supervisors, granted on the process instance
 * itself, so that a reviewer of one region reads nothing of another's. Role groups have no right on every
 * process's history. The grants are written by the engine, not by the user whose action started the chain,
 * so they bypass the user's own authorization checks.
 */
@Component
public class RoutedHistoryReaders {

    private final AuthorizationService authorizationService;

    public RoutedHistoryReaders(AuthorizationService authorizationService) {
        this.authorizationService = authorizationService;
    }

    /** The routed bodies and each one's supervisors, who take its overdue steps. */
    public static Set<String> withSupervisors(String... bodies) {
        Set<String> groups = new LinkedHashSet<>();
        for (String body : bodies) {
            groups.add(body);
            groups.add(IdentityGroups.supervisorsOfBody(body));
        }
        return groups;
    }

    public void grant(String processInstanceId, Set<String> groups) {
        asEngine(() -> {
            for (String group : groups) {
                boolean granted = authorizationService.createAuthorizationQuery()
                        .resourceType(Resources.HISTORIC_PROCESS_INSTANCE).resourceId(processInstanceId)
                        .groupIdIn(group).count() > 0;
                if (!granted) {
                    Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                    authorization.setGroupId(group);
                    authorization.setResource(Resources.HISTORIC_PROCESS_INSTANCE);
                    authorization.setResourceId(processInstanceId);
                    authorization.addPermission(HistoricProcessInstancePermissions.READ);
                    authorizationService.saveAuthorization(authorization);
                }
            }
        });
    }

    public void revoke(String processInstanceId, Set<String> groups) {
        asEngine(() -> authorizationService.createAuthorizationQuery()
                .resourceType(Resources.HISTORIC_PROCESS_INSTANCE).resourceId(processInstanceId)
                .groupIdIn(groups.toArray(String[]::new)).list()
                .forEach(authorization -> authorizationService.deleteAuthorization(authorization.getId())));
    }

    private static void asEngine(Runnable grants) {
        CommandContext context = Context.getCommandContext();
        if (context == null) {
            grants.run();
            return;
        }
        context.runWithoutAuthorization(() -> {
            grants.run();
            return null;
        });
    }
}
