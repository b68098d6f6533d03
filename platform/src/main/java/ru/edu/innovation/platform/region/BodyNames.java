package ru.edu.innovation.platform.region;

import ru.edu.innovation.platform.identity.IdentityGroups;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The names of the bodies in the grammatical cases the forms need, by the group a task is routed to
 * (an institute's directorate is named as its institute, which decides by its own order). A body
 * configured without cases is named by its full name after «организации», which reads right in every case.
 */
public class BodyNames {

    private final Map<String, BodyNameProperties.Body> bodies;

    public BodyNames(BodyNameProperties properties) {
        this.bodies = properties.organizations().stream()
                .collect(Collectors.toMap(BodyNameProperties.Body::id, Function.identity(), (first, second) -> first));
    }

    /**
     * The name of the body whose group (organization id, or an institute's directorate) is {@code groupId};
     * empty for a group that is no configured organization (the shared groups of projects stored before routing).
     */
    public Optional<BodyNameProperties.NameCases> of(String groupId) {
        String organization = groupId.endsWith(IdentityGroups.DIRECTORATE_SUFFIX)
                ? groupId.substring(0, groupId.length() - IdentityGroups.DIRECTORATE_SUFFIX.length()) : groupId;
        BodyNameProperties.Body body = bodies.get(organization);
        if (body == null) {
            return Optional.empty();
        }
        if (body.cases() != null) {
            return Optional.of(body.cases());
        }
        String named = "«" + (body.name() == null ? organization : body.name()) + "»";
        return Optional.of(new BodyNameProperties.NameCases("организации " + named, "организацию " + named,
                "организации " + named));
    }
}
