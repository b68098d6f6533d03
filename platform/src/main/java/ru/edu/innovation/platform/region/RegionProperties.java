package ru.edu.innovation.platform.region;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * The regions a deployment serves, {@code innovation.identity.regions}: each with the organizations that
 * work for the whole region (its institutes and its ministry) and its territories (municipal districts)
 * with the organizations in them (schools, the municipal methodological service, the education authority).
 * The organizations themselves, their users and groups are {@code innovation.identity.organizations}.
 */
@ConfigurationProperties("innovation.identity")
public record RegionProperties(List<Region> regions) {

    public RegionProperties {
        regions = regions == null ? List.of() : List.copyOf(regions);
    }

    public record Region(String id, String name, List<String> organizations, List<Territory> territories) {

        public Region {
            organizations = organizations == null ? List.of() : List.copyOf(organizations);
            territories = territories == null ? List.of() : List.copyOf(territories);
        }
    }

    public record Territory(String id, String name, List<String> organizations) {

        public Territory {
            organizations = organizations == null ? List.of() : List.copyOf(organizations);
        }
    }
}
