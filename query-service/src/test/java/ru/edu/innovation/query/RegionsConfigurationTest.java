package ru.edu.innovation.query;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.edu.innovation.platform.region.RegionProperties;
import ru.edu.innovation.platform.region.ServiceRegions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** query-service reads the regions from the one definition both services import, and a deployment can still override it. */
class RegionsConfigurationTest {

    @Test
    @DisplayName("query-service's regions are platform's innovation-regions.yml: Kuzbass and the Altai krai with their territories")
    void readsThePlatformsRegions() {
        RegionProperties regions = ServiceRegions.asTheServiceReadsThem();

        assertThat(regions).isEqualTo(ServiceRegions.definedByPlatform());
        assertThat(regions.regions()).extracting(RegionProperties.Region::id).containsExactly("kuzbass", "altai");
        assertThat(regions.regions().get(0).territories()).extracting(RegionProperties.Territory::id)
                .containsExactly("yaya", "mariinsk");
    }

    @Test
    @DisplayName("a deployment gives query-service a regions file of its own with INNOVATION_REGIONS")
    void aDeploymentReplacesTheDefinition(@TempDir Path directory) throws IOException {
        Path own = Files.writeString(directory.resolve("regions.yml"), """
                innovation:
                  identity:
                    regions:
                      - id: tomsk
                        name: Томская область
                        organizations: [toipkro]
                """);

        RegionProperties regions = ServiceRegions.asTheServiceReadsThem("--INNOVATION_REGIONS=file:" + own);

        assertThat(regions.regions()).extracting(RegionProperties.Region::id).containsExactly("tomsk");
    }
}
