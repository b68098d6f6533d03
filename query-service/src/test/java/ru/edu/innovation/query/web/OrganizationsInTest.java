package ru.edu.innovation.query.web;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.api.common.Organization;
import ru.edu.innovation.api.common.ParticipantOrganization;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The conditions that limit a view to what a reader reads, and the card's column of a network's participants. */
class OrganizationsInTest {

    private static ParticipantOrganization participant(String id) {
        return new ParticipantOrganization(new Organization(id, "Школа " + id, null, "Яйский муниципальный округ", null,
                null), null);
    }

    @Test
    @DisplayName("the participants' column names each organization between spaces and reads back the same set")
    void participantsColumnRoundTrip() {
        String column = OrganizationsIn.participantsColumn(List.of(participant("school-yaya-ishim"),
                participant("school-yaya-1")));

        assertThat(column).isEqualTo(" school-yaya-ishim school-yaya-1 ");
        assertThat(OrganizationsIn.participantsOf(column)).containsExactlyInAnyOrder("school-yaya-ishim", "school-yaya-1");
        assertThat(OrganizationsIn.participantsColumn(List.of())).isEmpty();
        assertThat(OrganizationsIn.participantsOf("")).isEmpty();
    }

    @Test
    @DisplayName("an id that would break the column's spacing (a stored event's, before ids were checked) is left out")
    void oddIdsLeftOut() {
        assertThat(OrganizationsIn.participantsColumn(List.of(participant("school a"), participant("school-b"))))
                .isEqualTo(" school-b ");
    }

    @Test
    @DisplayName("a school reads the projects it leads or takes part in; a reviewer by lead organization only")
    void readableCondition() {
        List<Object> args = new ArrayList<>();
        String school = OrganizationsIn.readable(Set.of("school-yaya-ishim"), "school-yaya-ishim", args);

        assertThat(school).isEqualTo("(lead_organization_id IN (?) OR participant_organizations LIKE ?)");
        assertThat(args).containsExactly("school-yaya-ishim", "% school-yaya-ishim %");

        List<Object> reviewerArgs = new ArrayList<>();
        assertThat(OrganizationsIn.readable(List.of("imc-yaya", "iro-kuzbass"), null, reviewerArgs))
                .isEqualTo("lead_organization_id IN (?, ?)");
        assertThat(reviewerArgs).containsExactly("imc-yaya", "iro-kuzbass");
    }

    @Test
    @DisplayName("LIKE's wildcards in an organization's id match only themselves")
    void wildcardsEscaped() {
        List<Object> args = new ArrayList<>();
        OrganizationsIn.readable(Set.of(), "school_%", args);

        assertThat(args).containsExactly("% school\\_\\% %");
    }
}
