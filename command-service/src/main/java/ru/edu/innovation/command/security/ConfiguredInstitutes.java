package ru.edu.innovation.command.security;

import org.springframework.stereotype.Component;
import ru.edu.innovation.command.project.KnownInstitutes;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The institutes known to the product: the organizations of the identity configuration marked {@code kind: institute}. */
@Component
public class ConfiguredInstitutes implements KnownInstitutes {

    private final List<Institute> institutes;
    private final Map<String, String> names;

    public ConfiguredInstitutes(IdentityProperties properties) {
        this.institutes = properties.organizations().stream()
                .filter(IdentityProperties.OrganizationEntry::isInstitute)
                .map(organization -> new Institute(organization.id(), organization.name()))
                .toList();
        this.names = institutes.stream().collect(Collectors.toUnmodifiableMap(Institute::id, Institute::name));
    }

    /** An institute a school may name to review its project. */
    public record Institute(String id, String name) {
    }

    /** In the order of the configuration. */
    public List<Institute> all() {
        return institutes;
    }

    @Override
    public Optional<String> nameOf(String instituteId) {
        return instituteId == null ? Optional.empty() : Optional.ofNullable(names.get(instituteId));
    }
}
