package ru.edu.innovation.command.participation;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.participation.CategoryCount;
import ru.edu.innovation.api.participation.OrganizationParticipation;
import ru.edu.innovation.api.participation.OrganizationParticipationRecordedEvent;
import ru.edu.innovation.api.participation.ParticipantCategory;
import ru.edu.innovation.api.participation.ParticipantCountsRecordedEvent;
import ru.edu.innovation.api.participation.ParticipantsByCategory;
import ru.edu.innovation.api.participation.RecordOrganizationParticipationCommand;
import ru.edu.innovation.api.participation.RecordParticipantCountsCommand;
import ru.edu.innovation.api.participation.RecordTeamMemberCommand;
import ru.edu.innovation.api.participation.TeamMemberProfile;
import ru.edu.innovation.api.participation.TeamMemberRecordedEvent;
import ru.edu.innovation.command.kernel.ProjectAccessDeniedException;
import ru.edu.innovation.command.project.InnovationProject;
import ru.edu.innovation.command.project.ProjectFixtures;

import java.time.LocalDate;
import java.util.List;

import static ru.edu.innovation.command.project.ProjectFixtures.AS_COORDINATOR;
import static ru.edu.innovation.command.project.ProjectFixtures.AS_FOREIGN_SCHOOL;
import static ru.edu.innovation.command.project.ProjectFixtures.PROJECT_ID;
import static ru.edu.innovation.command.project.ProjectFixtures.active;
import static ru.edu.innovation.command.project.ProjectFixtures.signed;
import static ru.edu.innovation.command.project.ProjectFixtures.versionAfter;
import static ru.edu.innovation.command.project.ProjectFixtures.violation;
import static ru.edu.innovation.command.project.ProjectFixtures.with;
import static ru.edu.innovation.seeds.SeedProjects.abdulkhakovaTeacher;
import static ru.edu.innovation.seeds.SeedProjects.yayaNetworkSchools;
import static ru.edu.innovation.seeds.SeedProjects.yayaParticipantsMarchToJune2023;
import static ru.edu.innovation.seeds.SeedProjects.yayaProjectTeam;

/** The participants of the running project: counts by category per period, organizations, the team. */
class ParticipationTest {

    private AggregateTestFixture<InnovationProject> fixture;

    @BeforeEach
    void setUp() {
        fixture = ProjectFixtures.newFixture();
    }

    @Test
    @DisplayName("records the participants by category of a period (seed 000: 85 teachers, 116 students)")
    void recordsCounts() {
        fixture.given(active())
                .when(new RecordParticipantCountsCommand(PROJECT_ID, "march-june", yayaParticipantsMarchToJune2023()),
                        AS_COORDINATOR)
                .expectEvents(new ParticipantCountsRecordedEvent(PROJECT_ID, "march-june",
                        yayaParticipantsMarchToJune2023()))
                .expectResultMessagePayload(versionAfter(active(), 1));
    }

    @Test
    @DisplayName("rejects a second count of the same period")
    void rejectsSecondCountOfPeriod() {
        ParticipantsByCategory again = new ParticipantsByCategory(yayaParticipantsMarchToJune2023().period(),
                List.of(new CategoryCount(ParticipantCategory.PSYCHOLOGISTS, null, 2)), null);

        fixture.given(with(active(), new ParticipantCountsRecordedEvent(PROJECT_ID, "march-june",
                        yayaParticipantsMarchToJune2023())))
                .when(new RecordParticipantCountsCommand(PROJECT_ID, "again", again), AS_COORDINATOR)
                .expectException(violation("PARTICIPANT_COUNTS_ALREADY_RECORDED"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("rejects counts of a period outside the project")
    void rejectsCountsOutsideProject() {
        ParticipantsByCategory before = new ParticipantsByCategory(
                new Period(LocalDate.of(2022, 9, 1), LocalDate.of(2022, 12, 31)),
                List.of(new CategoryCount(ParticipantCategory.TEACHERS, null, 22)), null);

        fixture.given(active())
                .when(new RecordParticipantCountsCommand(PROJECT_ID, "autumn-2022", before), AS_COORDINATOR)
                .expectException(violation("OUTSIDE_PROJECT_PERIOD"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("rejects counts before the project runs")
    void rejectsCountsBeforeStatus() {
        fixture.given(signed())
                .when(new RecordParticipantCountsCommand(PROJECT_ID, "march-june", yayaParticipantsMarchToJune2023()),
                        AS_COORDINATOR)
                .expectException(violation("STATUS_NOT_ASSIGNED"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("rejects counts recorded by another school")
    void rejectsForeignSchool() {
        fixture.given(active())
                .when(new RecordParticipantCountsCommand(PROJECT_ID, "march-june", yayaParticipantsMarchToJune2023()),
                        AS_FOREIGN_SCHOOL)
                .expectException(ProjectAccessDeniedException.class)
                .expectNoEvents();
    }

    @Test
    @DisplayName("records the participant organizations' role, count and composition")
    void recordsOrganizations() {
        fixture.given(active())
                .when(new RecordOrganizationParticipationCommand(PROJECT_ID, "schools", yayaNetworkSchools()),
                        AS_COORDINATOR)
                .expectEvents(new OrganizationParticipationRecordedEvent(PROJECT_ID, "schools", yayaNetworkSchools()));
    }

    @Test
    @DisplayName("rejects organizations' participation over a period outside the project")
    void rejectsOrganizationsOutsideProject() {
        OrganizationParticipation before = new OrganizationParticipation("8 школ", null, 8, null,
                new Period(LocalDate.of(2022, 9, 1), LocalDate.of(2023, 8, 31)));

        fixture.given(active())
                .when(new RecordOrganizationParticipationCommand(PROJECT_ID, "schools", before), AS_COORDINATOR)
                .expectException(violation("OUTSIDE_PROJECT_PERIOD"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("records a team member with qualification category and experience (seed 002)")
    void recordsTeamMember() {
        fixture.given(active())
                .when(new RecordTeamMemberCommand(PROJECT_ID, "abdulkhakova", abdulkhakovaTeacher()), AS_COORDINATOR)
                .expectEvents(new TeamMemberRecordedEvent(PROJECT_ID, "abdulkhakova", abdulkhakovaTeacher()));
    }

    @Test
    @DisplayName("rejects a team member under an id already recorded")
    void rejectsDuplicateMember() {
        TeamMemberProfile leader = yayaProjectTeam().get(0);

        fixture.given(with(active(), new TeamMemberRecordedEvent(PROJECT_ID, "leader", leader)))
                .when(new RecordTeamMemberCommand(PROJECT_ID, "leader", yayaProjectTeam().get(1)), AS_COORDINATOR)
                .expectException(violation("ALREADY_EXISTS"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("rejects a team member whose period lies outside the project")
    void rejectsMemberOutsideProject() {
        TeamMemberProfile member = new TeamMemberProfile("Бычкова Маргарита Юрьевна", "учитель", null, null, null,
                "первая", null, new Period(LocalDate.of(2024, 9, 1), LocalDate.of(2025, 5, 31)));

        fixture.given(active())
                .when(new RecordTeamMemberCommand(PROJECT_ID, "bychkova", member), AS_COORDINATOR)
                .expectException(violation("OUTSIDE_PROJECT_PERIOD"))
                .expectNoEvents();
    }
}
