package ru.edu.innovation.command.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.innovation.api.common.Role;

/** Creates the configured organizations, role groups and users that do not exist yet. */
public class IdentityBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);

    private final IdentityService identityService;
    private final IdentityProperties properties;

    public IdentityBootstrap(IdentityService identityService, IdentityProperties properties) {
        this.identityService = identityService;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (Role role : Role.values()) {
            String groupId = IdentityGroups.groupOf(role);
            String type = role == Role.ADMIN ? "SYSTEM" : IdentityGroups.ROLE_TYPE;
            ensureGroup(groupId, roleName(role), type);
        }
        properties.organizations().forEach(org -> ensureGroup(org.id(), org.name(), IdentityGroups.ORGANIZATION_TYPE));
        for (IdentityProperties.UserEntry entry : properties.users()) {
            if (identityService.createUserQuery().userId(entry.id()).count() > 0) {
                continue;
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
                identityService.createMembership(entry.id(), IdentityGroups.groupOf(Role.valueOf(role)));
            }
            log.info("Created user {} ({} {}) of {}", entry.id(), entry.firstName(), entry.lastName(), entry.organization());
        }
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
        };
    }
}
