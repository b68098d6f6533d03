package ru.edu.innovation.query.security;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.api.common.Role;
import ru.edu.innovation.platform.region.RegionProperties;
import ru.edu.innovation.platform.region.RegionProperties.Region;
import ru.edu.innovation.platform.region.RegionProperties.Territory;
import ru.edu.innovation.platform.region.Regions;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Which projects a reader reads, by the place of their organization. */
class ReaderTest {

    private static final Regions REGIONS = new Regions(new RegionProperties(List.of(
            new Region("kuzbass", "Кузбасс", List.of("iro-kuzbass", "minobr-kuzbass"), List.of(
                    new Territory("yaya", "Яйский муниципальный округ", List.of("imc-yaya", "uo-yaya")),
                    new Territory("mariinsk", "Мариинский муниципальный округ",
                            List.of("school-12-mariinsk", "imc-mariinsk", "uo-mariinsk")))),
            new Region("altai", "Алтайский край", List.of("airo-altai", "minobr-altai"), List.of(
                    new Territory("barnaul", "город Барнаул", List.of("school-barnaul", "komitet-barnaul")))))));

    @Test
    @DisplayName("a ministry user reads the projects of their region only")
    void ministryReadsItsRegion() {
        Reader minobr = Reader.of("minobr", "minobr-kuzbass", Set.of(Role.MINISTRY), REGIONS);
        assertThat(minobr.mayRead("imc-yaya")).isTrue();
        assertThat(minobr.mayRead("school-12-mariinsk")).isTrue();
        assertThat(minobr.mayRead("school-barnaul")).isFalse();

        Reader altai = Reader.of("expert-altai", "airo-altai", Set.of(Role.INSTITUTE), REGIONS);
        assertThat(altai.mayRead("school-barnaul")).isTrue();
        assertThat(altai.mayRead("imc-yaya")).isFalse();
        assertThat(altai.readableOrganizations()).doesNotContain("imc-yaya", "school-12-mariinsk");
    }

    @Test
    @DisplayName("a municipal authority reads its territory only")
    void municipalAuthorityReadsItsTerritory() {
        Reader authority = Reader.of("uo-mariinsk-head", "uo-mariinsk", Set.of(Role.MINISTRY), REGIONS);
        assertThat(authority.mayRead("school-12-mariinsk")).isTrue();
        assertThat(authority.mayRead("imc-yaya")).isFalse();
        assertThat(authority.mayRead("school-barnaul")).isFalse();
    }

    @Test
    @DisplayName("a school reads the network projects it takes part in; a reviewer reads by the lead's place, not by a participant")
    void networkParticipantReadsTheNetworksProject() {
        Reader ishim = Reader.of("khramtsova", "school-yaya-ishim", Set.of(Role.SCHOOL), REGIONS);
        assertThat(ishim.mayRead(new ProjectOrganizations("imc-yaya", Set.of("school-yaya-ishim", "school-yaya-1")))).isTrue();
        assertThat(ishim.mayRead(new ProjectOrganizations("imc-yaya", Set.of("school-yaya-1")))).isFalse();
        assertThat(ishim.mayRead("imc-yaya")).isFalse();
        assertThat(ishim.participantOrganization()).isEqualTo("school-yaya-ishim");

        Reader altai = Reader.of("expert-altai", "airo-altai", Set.of(Role.INSTITUTE), REGIONS);
        assertThat(altai.mayRead(new ProjectOrganizations("imc-yaya", Set.of("school-barnaul", "airo-altai")))).isFalse();
        assertThat(altai.participantOrganization()).isNull();
    }

    @Test
    @DisplayName("administrators and auditors read everything; a school its own projects; a reviewer of no region nothing but their own")
    void othersReadAsBefore() {
        assertThat(Reader.of("admin", null, Set.of(Role.ADMIN), REGIONS).readableOrganizations()).isNull();
        assertThat(Reader.of("auditor", null, Set.of(Role.AUDITOR), REGIONS).mayRead("school-barnaul")).isTrue();
        Reader school = Reader.of("kartashova", "school-12-mariinsk", Set.of(Role.SCHOOL), REGIONS);
        assertThat(school.readableOrganizations()).containsExactly("school-12-mariinsk");
        assertThat(Reader.of("stranger", "institute-elsewhere", Set.of(Role.INSTITUTE), REGIONS).readableOrganizations())
                .containsExactly("institute-elsewhere");
    }

    @Test
    @DisplayName("a deployment without regions is one region: reviewers read every project, as before")
    void withoutRegionsReviewersReadAll() {
        Regions none = new Regions(new RegionProperties(List.of()));
        assertThat(Reader.of("minobr", "minobr-kuzbass", Set.of(Role.MINISTRY), none).readableOrganizations()).isNull();
    }
}
