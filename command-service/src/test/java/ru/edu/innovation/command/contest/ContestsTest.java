package ru.edu.innovation.command.contest;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.api.common.OutreachLevel;
import ru.edu.innovation.api.contest.ContestEntry;
import ru.edu.innovation.api.contest.ContestEntryRecordedEvent;
import ru.edu.innovation.api.contest.ContestResult;
import ru.edu.innovation.api.contest.ParticipantKind;
import ru.edu.innovation.api.contest.RecordContestEntryCommand;
import ru.edu.innovation.command.kernel.ProjectAccessDeniedException;
import ru.edu.innovation.command.project.InnovationProject;
import ru.edu.innovation.command.project.ProjectFixtures;

import java.time.LocalDate;

import static ru.edu.innovation.command.project.ProjectFixtures.AS_COORDINATOR;
import static ru.edu.innovation.command.project.ProjectFixtures.AS_FOREIGN_SCHOOL;
import static ru.edu.innovation.command.project.ProjectFixtures.PROJECT_ID;
import static ru.edu.innovation.command.project.ProjectFixtures.active;
import static ru.edu.innovation.command.project.ProjectFixtures.expertApproved;
import static ru.edu.innovation.command.project.ProjectFixtures.versionAfter;
import static ru.edu.innovation.command.project.ProjectFixtures.violation;
import static ru.edu.innovation.command.project.ProjectFixtures.with;
import static ru.edu.innovation.seeds.SeedProjects.conferenceParticipation;

/** The rules of recording contests, olympiads and awards, on the Yaya project (seed 004). */
class ContestsTest {

    private static final String CONFERENCE = "conference-viii-students";

    private AggregateTestFixture<InnovationProject> fixture;

    @BeforeEach
    void setUp() {
        fixture = ProjectFixtures.newFixture();
    }

    @Test
    @DisplayName("records the students' participation in the municipal conference and returns the new version")
    void recordsEntry() {
        fixture.given(active())
                .when(new RecordContestEntryCommand(PROJECT_ID, CONFERENCE, conferenceParticipation()), AS_COORDINATOR)
                .expectEvents(new ContestEntryRecordedEvent(PROJECT_ID, CONFERENCE, conferenceParticipation()))
                .expectResultMessagePayload(versionAfter(active(), 1));
    }

    @Test
    @DisplayName("records an award the document gives no date for")
    void recordsUndatedEntry() {
        ContestEntry award = new ContestEntry("Конкурс «Лучший Центр образования „Точка роста“»",
                OutreachLevel.REGIONAL, ParticipantKind.ORGANIZATION, "МБОУ «Судженская ООШ №36»",
                ContestResult.LAUREATE, null);

        fixture.given(active())
                .when(new RecordContestEntryCommand(PROJECT_ID, "award", award), AS_COORDINATOR)
                .expectEvents(new ContestEntryRecordedEvent(PROJECT_ID, "award", award));
    }

    @Test
    @DisplayName("rejects a date after today")
    void rejectsFutureDate() {
        ContestEntry later = new ContestEntry("Региональная олимпиада по физике", OutreachLevel.REGIONAL,
                ParticipantKind.STUDENT, "Иванов Иван", ContestResult.WINNER, LocalDate.of(2024, 2, 1));

        fixture.given(active())
                .when(new RecordContestEntryCommand(PROJECT_ID, "olympiad", later), AS_COORDINATOR)
                .expectException(violation("DATE_IN_FUTURE"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("rejects an id already recorded")
    void rejectsDuplicate() {
        fixture.given(with(active(), new ContestEntryRecordedEvent(PROJECT_ID, CONFERENCE, conferenceParticipation())))
                .when(new RecordContestEntryCommand(PROJECT_ID, CONFERENCE, conferenceParticipation()), AS_COORDINATOR)
                .expectException(violation("ALREADY_EXISTS"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("refuses a project whose status is not assigned yet")
    void refusesBeforeStatus() {
        fixture.given(expertApproved())
                .when(new RecordContestEntryCommand(PROJECT_ID, CONFERENCE, conferenceParticipation()), AS_COORDINATOR)
                .expectException(violation("STATUS_NOT_ASSIGNED"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("denies a school of another organization")
    void deniesForeignSchool() {
        fixture.given(active())
                .when(new RecordContestEntryCommand(PROJECT_ID, CONFERENCE, conferenceParticipation()),
                        AS_FOREIGN_SCHOOL)
                .expectException(ProjectAccessDeniedException.class)
                .expectNoEvents();
    }
}
