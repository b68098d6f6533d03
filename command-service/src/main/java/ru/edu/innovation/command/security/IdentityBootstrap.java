package ru.edu.innovation.command.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.innovation.api.common.Role;
import ru.edu.innovation.platform.identity.IdentityGroups;

import java.util.List;

/**
 * Creates the configured organizations, role and supervisor groups and users that do not exist yet,
 * and the Camunda authorizations the roles need: administrators may do everything; reviewers and
 * schools may open Tasklist and see its filters (which tasks they see follows from the tasks'
 * candidate groups); only auditors follow every process in Cockpit. Each reviewing or deciding body
 * gets a supervisors' group of its own, which sees in Tasklist only the overdue tasks of that body, and
 * no Cockpit, which would show every body's processes; each institute a directorate's group, which
 * decides on the institute's support sites.
 */
@Order(0)
public class IdentityBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);
    private static final String ANY = "*";

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final IdentityProperties properties;

    public IdentityBootstrap(IdentityService identityService, AuthorizationService authorizationService,
                             IdentityProperties properties) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (Role role : Role.values()) {
            IdentityGroups.groupOf(role).ifPresent(groupId ->
                    ensureGroup(groupId, roleName(role), role == Role.ADMIN ? "SYSTEM" : IdentityGroups.ROLE_TYPE));
        }
        ensureGroup(IdentityGroups.INSTITUTE_SUPERVISORS, "Руководители экспертизы института", IdentityGroups.ROLE_TYPE);
        ensureGroup(IdentityGroups.MINISTRY_SUPERVISORS, "Руководители отдела министерства", IdentityGroups.ROLE_TYPE);
        properties.organizations().forEach(org -> ensureGroup(org.id(), org.name(), IdentityGroups.ORGANIZATION_TYPE));
        properties.organizations().stream().filter(IdentityProperties.OrganizationEntry::isReviewingBody).forEach(body -> {
            String supervisors = IdentityGroups.instituteSupervisors(body.id());
            ensureGroup(supervisors, "Руководители: " + body.name(), IdentityGroups.ROLE_TYPE);
            grantTasklist(supervisors);
        });
        properties.organizations().stream().filter(IdentityProperties.OrganizationEntry::isInstitute).forEach(institute -> {
            String directorate = IdentityGroups.instituteDirectorate(institute.id());
            ensureGroup(directorate, "Ректорат: " + institute.name(), IdentityGroups.ROLE_TYPE);
            grantTasklist(directorate);
        });
        properties.users().forEach(this::ensureUser);
        grantAuthorizations();
    }

    private void ensureUser(IdentityProperties.UserEntry entry) {
        if (identityService.createUserQuery().userId(entry.id()).count() > 0) {
            return;
        }
        User user = identityService.newUser(entry.id());
        user.setFirstName(entry.firstName());
        user.setLastName(entry.lastName());
        user.setEmail(entry.email());
        user.setPassword(entry.password());
        identityService.saveUser(user);
        if (entry.organization() != null) {
            identityService.createMembership(entry.id(), entry.organization());
        }
        for (String role : entry.roles()) {
            identityService.createMembership(entry.id(), IdentityGroups.groupOf(Role.valueOf(role)).orElseThrow(
                    () -> new IllegalArgumentException("role " + role + " of user " + entry.id() + " has no group")));
        }
        entry.groups().forEach(group -> identityService.createMembership(entry.id(), group));
        log.info("Created user {} ({} {}) of {}", entry.id(), entry.firstName(), entry.lastName(), entry.organization());
    }

    private void grantAuthorizations() {
        for (Resource resource : Resources.values()) {
            grant(IdentityGroups.ADMIN_GROUP, resource, ANY, Permissions.ALL);
        }
        List<String> tasklistUsers = List.of("school", "institute", "ministry",
                IdentityGroups.INSTITUTE_SUPERVISORS, IdentityGroups.MINISTRY_SUPERVISORS);
        tasklistUsers.forEach(this::grantTasklist);
        // A reviewer, a decider and their supervisors read the history of the chains routed to their body
        // (granted on each process instance when it is routed) and of the tasks they are candidates of
        // (enableHistoricInstancePermissions), never every region's: the role groups' right on every
        // process's history, which an earlier start granted, is withdrawn, and with it Cockpit, which would
        // show the shared supervisors nothing else.
        for (String group : tasklistUsers) {
            revoke(group, Resources.PROCESS_DEFINITION, ANY,
                    ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY);
            revoke(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        }
        // Auditors replay the whole history of every region by their role (the read side's audit views
        // show them every project), so they keep reading every process in Cockpit.
        grant("auditor", Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant("auditor", Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY);
    }

    /** Takes {@code permissions} out of the group's grant on the resource, keeping the rest of it. */
    private void revoke(String groupId, Resource resource, String resourceId, Permission... permissions) {
        for (Authorization grant : authorizationService.createAuthorizationQuery()
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).list()) {
            if (grant.getAuthorizationType() != Authorization.AUTH_TYPE_GRANT
                    || java.util.Arrays.stream(permissions).noneMatch(grant::isPermissionGranted)) {
                continue;
            }
            for (Permission permission : permissions) {
                grant.removePermission(permission);
            }
            if (java.util.Arrays.stream(Permissions.values())
                    .filter(permission -> permission != Permissions.NONE && permission != Permissions.ALL)
                    .noneMatch(grant::isPermissionGranted)) {
                authorizationService.deleteAuthorization(grant.getId());
            } else {
                authorizationService.saveAuthorization(grant);
            }
            log.info("Withdrew {} on {} {} from {}", List.of(permissions), resource.resourceName(), resourceId, groupId);
        }
    }

    private void grantTasklist(String group) {
        grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(group, Resources.FILTER, ANY, Permissions.READ);
        grant(group, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ);
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizationService.createAuthorizationQuery()
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).list().stream()
                .filter(grant -> grant.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT)
                .findFirst().orElse(null);
        // A grant from an earlier start keeps what an administrator added and gains what is missing.
        Authorization authorization = existing != null ? existing
                : authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        if (existing != null && java.util.Arrays.stream(permissions).allMatch(existing::isPermissionGranted)) {
            return;
        }
        authorization.setGroupId(groupId);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizationService.saveAuthorization(authorization);
    }

    private void ensureGroup(String id, String name, String type) {
        if (identityService.createGroupQuery().groupId(id).count() > 0) {
            return;
        }
        Group group = identityService.newGroup(id);
        group.setName(name);
        group.setType(type);
        identityService.saveGroup(group);
    }

    private static String roleName(Role role) {
        return switch (role) {
            case SCHOOL -> "Образовательные организации";
            case INSTITUTE -> "Институт развития образования";
            case MINISTRY -> "Министерство образования";
            case AUDITOR -> "Аудиторы";
            case ADMIN -> "Администраторы";
            case SYSTEM -> throw new IllegalArgumentException("the engine itself has no group");
        };
    }
}
