package ru.edu.innovation.platform.region;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.platform.region.RegionProperties.Region;
import ru.edu.innovation.platform.region.RegionProperties.Territory;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegionsTest {

    private final Regions regions = new Regions(new RegionProperties(List.of(
            new Region("kuzbass", "Кузбасс", List.of("iro-kuzbass", "minobr-kuzbass"), List.of(
                    new Territory("yaya", "Яйский муниципальный округ", List.of("imc-yaya", "uo-yaya")),
                    new Territory("mariinsk", "Мариинский муниципальный округ", List.of("school-12-mariinsk")))),
            new Region("altai", "Алтайский край", List.of("minobr-altai"), List.of(
                    new Territory("barnaul", "городской округ Барнаул", List.of("imc-barnaul")))))));

    @Test
    @DisplayName("a school belongs to its territory within its region; an institute to its region only")
    void placesOrganizations() {
        assertThat(regions.placeOf("school-12-mariinsk")).contains(new Place("kuzbass", "mariinsk"));
        assertThat(regions.placeOf("iro-kuzbass")).contains(new Place("kuzbass", null));
        assertThat(regions.placeOf("imc-barnaul")).contains(new Place("altai", "barnaul"));
        assertThat(regions.placeOf("nowhere")).isEmpty();
    }

    @Test
    @DisplayName("a region's organizations include its territories'; a territory's only its own")
    void listsOrganizationsOfARegionAndATerritory() {
        assertThat(regions.organizationsOf("kuzbass"))
                .containsExactly("imc-yaya", "iro-kuzbass", "minobr-kuzbass", "school-12-mariinsk", "uo-yaya");
        assertThat(regions.organizationsOf("kuzbass", "yaya")).containsExactly("imc-yaya", "uo-yaya");
        assertThat(regions.organizationsOf("altai")).doesNotContain("iro-kuzbass");
    }

    @Test
    @DisplayName("an organization configured in two places is refused at start")
    void refusesAnOrganizationInTwoPlaces() {
        assertThatThrownBy(() -> new Regions(new RegionProperties(List.of(
                new Region("kuzbass", "Кузбасс", List.of("iro-kuzbass"), List.of()),
                new Region("altai", "Алтайский край", List.of("iro-kuzbass"), List.of())))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("iro-kuzbass");
    }
}
