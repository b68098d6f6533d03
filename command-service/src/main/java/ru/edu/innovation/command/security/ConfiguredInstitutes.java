package ru.edu.innovation.command.security;

import org.springframework.stereotype.Component;
import ru.edu.innovation.command.project.KnownInstitutes;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The institutes known to the product: the organizations of the identity configuration marked {@code kind: institute}. */
@Component
public class ConfiguredInstitutes implements KnownInstitutes {

    private final Map<String, String> names;

    public ConfiguredInstitutes(IdentityProperties properties) {
        this.names = properties.organizations().stream()
                .filter(IdentityProperties.OrganizationEntry::isInstitute)
                .collect(Collectors.toUnmodifiableMap(IdentityProperties.OrganizationEntry::id,
                        IdentityProperties.OrganizationEntry::name));
    }

    @Override
    public Optional<String> nameOf(String instituteId) {
        return instituteId == null ? Optional.empty() : Optional.ofNullable(names.get(instituteId));
    }
}
