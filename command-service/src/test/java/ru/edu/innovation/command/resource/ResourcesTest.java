package ru.edu.innovation.command.resource;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.resource.ProjectResource;
import ru.edu.innovation.api.resource.RecordResourceCommand;
import ru.edu.innovation.api.resource.ResourceKind;
import ru.edu.innovation.api.resource.ResourceRecordedEvent;
import ru.edu.innovation.command.project.InnovationProject;
import ru.edu.innovation.command.project.ProjectFixtures;

import java.time.LocalDate;

import static ru.edu.innovation.command.project.ProjectFixtures.AS_COORDINATOR;
import static ru.edu.innovation.command.project.ProjectFixtures.PROJECT_ID;
import static ru.edu.innovation.command.project.ProjectFixtures.active;
import static ru.edu.innovation.command.project.ProjectFixtures.signed;
import static ru.edu.innovation.command.project.ProjectFixtures.versionAfter;
import static ru.edu.innovation.command.project.ProjectFixtures.violation;
import static ru.edu.innovation.command.project.ProjectFixtures.with;
import static ru.edu.innovation.seeds.SeedProjects.supportSiteResources;
import static ru.edu.innovation.seeds.SeedProjects.yayaResourceBase;

/** The resources (ресурсное обеспечение) of the running project. */
class ResourcesTest {

    private AggregateTestFixture<InnovationProject> fixture;

    @BeforeEach
    void setUp() {
        fixture = ProjectFixtures.newFixture();
    }

    @Test
    @DisplayName("records a resource by kind with its description (seed 002's staff resources)")
    void recordsResource() {
        ProjectResource staff = supportSiteResources().get(0);

        fixture.given(active())
                .when(new RecordResourceCommand(PROJECT_ID, "staff", staff), AS_COORDINATOR)
                .expectEvents(new ResourceRecordedEvent(PROJECT_ID, "staff", staff))
                .expectResultMessagePayload(versionAfter(active(), 1));
    }

    @Test
    @DisplayName("rejects a resource under an id already recorded")
    void rejectsDuplicate() {
        fixture.given(with(active(), new ResourceRecordedEvent(PROJECT_ID, "staff", yayaResourceBase().get(0))))
                .when(new RecordResourceCommand(PROJECT_ID, "staff", yayaResourceBase().get(1)), AS_COORDINATOR)
                .expectException(violation("ALREADY_EXISTS"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("rejects a resource of a period outside the project")
    void rejectsOutsideProject() {
        ProjectResource funding = new ProjectResource(ResourceKind.FINANCIAL, "Грант", "Грант на оборудование",
                new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));

        fixture.given(active())
                .when(new RecordResourceCommand(PROJECT_ID, "grant", funding), AS_COORDINATOR)
                .expectException(violation("OUTSIDE_PROJECT_PERIOD"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("rejects a resource before the project runs")
    void rejectsBeforeStatus() {
        fixture.given(signed())
                .when(new RecordResourceCommand(PROJECT_ID, "staff", yayaResourceBase().get(0)), AS_COORDINATOR)
                .expectException(violation("STATUS_NOT_ASSIGNED"))
                .expectNoEvents();
    }
}
