package ru.edu.innovation.command.dissemination;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.api.common.OutreachLevel;
import ru.edu.innovation.api.dissemination.Dissemination;
import ru.edu.innovation.api.dissemination.DisseminationForm;
import ru.edu.innovation.api.dissemination.DisseminationRecordedEvent;
import ru.edu.innovation.api.dissemination.RecordDisseminationCommand;
import ru.edu.innovation.command.kernel.ProjectAccessDeniedException;
import ru.edu.innovation.command.project.InnovationProject;
import ru.edu.innovation.command.project.ProjectFixtures;

import java.time.LocalDate;
import java.util.List;

import static ru.edu.innovation.command.project.ProjectFixtures.AS_COORDINATOR;
import static ru.edu.innovation.command.project.ProjectFixtures.AS_FOREIGN_SCHOOL;
import static ru.edu.innovation.command.project.ProjectFixtures.PROJECT_ID;
import static ru.edu.innovation.command.project.ProjectFixtures.active;
import static ru.edu.innovation.command.project.ProjectFixtures.expertApproved;
import static ru.edu.innovation.command.project.ProjectFixtures.versionAfter;
import static ru.edu.innovation.command.project.ProjectFixtures.violation;
import static ru.edu.innovation.command.project.ProjectFixtures.with;
import static ru.edu.innovation.seeds.SeedProjects.miroSeminar;
import static ru.edu.innovation.seeds.SeedProjects.pedagogicalSearchPublication;
import static ru.edu.innovation.seeds.SeedProjects.rallyMasterClasses;

/** The rules of recording dissemination of experience, on the Yaya project (seeds 000 and 004). */
class DisseminationsTest {

    private static final String MIRO = "miro-seminar";

    private AggregateTestFixture<InnovationProject> fixture;

    @BeforeEach
    void setUp() {
        fixture = ProjectFixtures.newFixture();
    }

    @Test
    @DisplayName("records a dated seminar of the running project and returns the new version")
    void recordsDissemination() {
        fixture.given(active())
                .when(new RecordDisseminationCommand(PROJECT_ID, MIRO, miroSeminar()), AS_COORDINATOR)
                .expectEvents(new DisseminationRecordedEvent(PROJECT_ID, MIRO, miroSeminar()))
                .expectResultMessagePayload(versionAfter(active(), 1));
    }

    @Test
    @DisplayName("records an entry the document gives no date for")
    void recordsUndatedDissemination() {
        fixture.given(active())
                .when(new RecordDisseminationCommand(PROJECT_ID, "rally", rallyMasterClasses()), AS_COORDINATOR)
                .expectEvents(new DisseminationRecordedEvent(PROJECT_ID, "rally", rallyMasterClasses()));
    }

    @Test
    @DisplayName("records a publication with its bibliographic data")
    void recordsPublication() {
        fixture.given(active())
                .when(new RecordDisseminationCommand(PROJECT_ID, "newspaper", pedagogicalSearchPublication()),
                        AS_COORDINATOR)
                .expectEvents(new DisseminationRecordedEvent(PROJECT_ID, "newspaper", pedagogicalSearchPublication()));
    }

    @Test
    @DisplayName("rejects a publication without its bibliographic data")
    void rejectsPublicationWithoutSource() {
        Dissemination bare = new Dissemination(DisseminationForm.PUBLICATION, OutreachLevel.MUNICIPAL,
                "Популяризация деятельности муниципального образовательного кластера", null, null, null, List.of(),
                null);

        fixture.given(active())
                .when(new RecordDisseminationCommand(PROJECT_ID, "newspaper", bare), AS_COORDINATOR)
                .expectException(violation("PUBLICATION_DATA_MISSING"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("rejects a date after today")
    void rejectsFutureDate() {
        Dissemination august = new Dissemination(DisseminationForm.TALK, OutreachLevel.MUNICIPAL,
                "Презентация проекта сетевого взаимодействия", "Августовская конференция", null,
                LocalDate.of(2023, 8, 28), List.of(), null);

        fixture.given(active())
                .when(new RecordDisseminationCommand(PROJECT_ID, "august", august), AS_COORDINATOR)
                .expectException(violation("DATE_IN_FUTURE"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("rejects a date outside the project's period")
    void rejectsDateOutsideProject() {
        Dissemination before = new Dissemination(DisseminationForm.TALK, OutreachLevel.REGIONAL,
                "Опыт Центров «Точка роста»", null, null, LocalDate.of(2022, 11, 10), List.of(), null);

        fixture.given(active())
                .when(new RecordDisseminationCommand(PROJECT_ID, "before", before), AS_COORDINATOR)
                .expectException(violation("OUTSIDE_PROJECT_PERIOD"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("rejects an id already recorded")
    void rejectsDuplicate() {
        fixture.given(with(active(), new DisseminationRecordedEvent(PROJECT_ID, MIRO, miroSeminar())))
                .when(new RecordDisseminationCommand(PROJECT_ID, MIRO, rallyMasterClasses()), AS_COORDINATOR)
                .expectException(violation("ALREADY_EXISTS"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("refuses a project whose status is not assigned yet")
    void refusesBeforeStatus() {
        fixture.given(expertApproved())
                .when(new RecordDisseminationCommand(PROJECT_ID, MIRO, miroSeminar()), AS_COORDINATOR)
                .expectException(violation("STATUS_NOT_ASSIGNED"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("denies a school of another organization")
    void deniesForeignSchool() {
        fixture.given(active())
                .when(new RecordDisseminationCommand(PROJECT_ID, MIRO, miroSeminar()), AS_FOREIGN_SCHOOL)
                .expectException(ProjectAccessDeniedException.class)
                .expectNoEvents();
    }
}
