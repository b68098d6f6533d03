package ru.edu.innovation.platform.region;

import java.util.Optional;

/**
 * Where an organization is: its region, and its territory within it; an organization that works for
 * the whole region (an institute, the ministry) has none.
 */
public record Place(String region, String territory) {

    public Optional<String> territoryId() {
        return Optional.ofNullable(territory);
    }
}
