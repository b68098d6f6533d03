package ru.edu.innovation.platform.region;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The configured regions and territories, and where each organization belongs: a project belongs to
 * its lead organization's territory, and is reviewed by the bodies of that territory and region.
 */
public class Regions {

    private final List<RegionProperties.Region> regions;
    private final Map<String, Place> places = new HashMap<>();

    public Regions(RegionProperties properties) {
        this.regions = properties.regions();
        for (RegionProperties.Region region : regions) {
            region.organizations().forEach(organization -> place(organization, new Place(region.id(), null)));
            for (RegionProperties.Territory territory : region.territories()) {
                territory.organizations().forEach(organization -> place(organization, new Place(region.id(), territory.id())));
            }
        }
    }

    private void place(String organization, Place place) {
        Place earlier = places.putIfAbsent(organization, place);
        if (earlier != null) {
            throw new IllegalArgumentException("organization " + organization + " is configured in " + earlier
                    + " and again in " + place + ": an organization belongs to one place");
        }
    }

    /** Where {@code organizationId} is, or empty for an organization of no configured region. */
    public Optional<Place> placeOf(String organizationId) {
        return Optional.ofNullable(places.get(organizationId));
    }

    public List<RegionProperties.Region> all() {
        return regions;
    }

    public Optional<RegionProperties.Region> region(String regionId) {
        return regions.stream().filter(region -> region.id().equals(regionId)).findFirst();
    }

    /** The organizations of a region, its territories' included. */
    public List<String> organizationsOf(String regionId) {
        return places.entrySet().stream().filter(entry -> entry.getValue().region().equals(regionId))
                .map(Map.Entry::getKey).sorted().toList();
    }

    /** The organizations of one territory. */
    public List<String> organizationsOf(String regionId, String territoryId) {
        return places.entrySet().stream().filter(entry -> entry.getValue().equals(new Place(regionId, territoryId)))
                .map(Map.Entry::getKey).sorted().toList();
    }
}
