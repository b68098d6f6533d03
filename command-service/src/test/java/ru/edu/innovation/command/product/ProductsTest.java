package ru.edu.innovation.command.product;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.api.product.Product;
import ru.edu.innovation.api.product.ProductKind;
import ru.edu.innovation.api.product.ProductRecordedEvent;
import ru.edu.innovation.api.product.RecordProductCommand;
import ru.edu.innovation.command.kernel.ProjectAccessDeniedException;
import ru.edu.innovation.command.project.InnovationProject;
import ru.edu.innovation.command.project.ProjectFixtures;

import static ru.edu.innovation.command.project.ProjectFixtures.AS_COORDINATOR;
import static ru.edu.innovation.command.project.ProjectFixtures.AS_FOREIGN_SCHOOL;
import static ru.edu.innovation.command.project.ProjectFixtures.PROJECT_ID;
import static ru.edu.innovation.command.project.ProjectFixtures.RESOURCE_MAP;
import static ru.edu.innovation.command.project.ProjectFixtures.active;
import static ru.edu.innovation.command.project.ProjectFixtures.expertApproved;
import static ru.edu.innovation.command.project.ProjectFixtures.versionAfter;
import static ru.edu.innovation.command.project.ProjectFixtures.violation;
import static ru.edu.innovation.command.project.ProjectFixtures.with;
import static ru.edu.innovation.command.project.ProjectFixtures.withPlannedActivity;
import static ru.edu.innovation.seeds.SeedProjects.ogeStudentsBaseProduct;
import static ru.edu.innovation.seeds.SeedProjects.resourceBaseProduct;

/** The rules of recording the products of the Yaya project (seeds 000 and 004). */
class ProductsTest {

    private static final String RESOURCE_BASE = "resource-base";

    private AggregateTestFixture<InnovationProject> fixture;

    @BeforeEach
    void setUp() {
        fixture = ProjectFixtures.newFixture();
    }

    @Test
    @DisplayName("records a product of a planned activity and returns the new version")
    void recordsProductOfActivity() {
        fixture.given(withPlannedActivity())
                .when(new RecordProductCommand(PROJECT_ID, RESOURCE_BASE, resourceBaseProduct(RESOURCE_MAP)),
                        AS_COORDINATOR)
                .expectEvents(new ProductRecordedEvent(PROJECT_ID, RESOURCE_BASE, resourceBaseProduct(RESOURCE_MAP)))
                .expectResultMessagePayload(versionAfter(withPlannedActivity(), 1));
    }

    @Test
    @DisplayName("records a product of a task with no activity named")
    void recordsProductOfTask() {
        fixture.given(active())
                .when(new RecordProductCommand(PROJECT_ID, "oge-base", ogeStudentsBaseProduct()), AS_COORDINATOR)
                .expectEvents(new ProductRecordedEvent(PROJECT_ID, "oge-base", ogeStudentsBaseProduct()));
    }

    @Test
    @DisplayName("rejects a product of an activity the plan does not have")
    void rejectsUnknownActivity() {
        fixture.given(active())
                .when(new RecordProductCommand(PROJECT_ID, RESOURCE_BASE, resourceBaseProduct(RESOURCE_MAP)),
                        AS_COORDINATOR)
                .expectException(violation("UNKNOWN_ACTIVITY"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("rejects a product of a task the project does not have")
    void rejectsUnknownTask() {
        Product ofTaskSeven = new Product("Методические рекомендации", ProductKind.METHODICAL_RECOMMENDATIONS, 7,
                null, null);

        fixture.given(active())
                .when(new RecordProductCommand(PROJECT_ID, "recommendations", ofTaskSeven), AS_COORDINATOR)
                .expectException(violation("UNKNOWN_TASK"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("rejects an id already recorded")
    void rejectsDuplicate() {
        fixture.given(with(active(), new ProductRecordedEvent(PROJECT_ID, "oge-base", ogeStudentsBaseProduct())))
                .when(new RecordProductCommand(PROJECT_ID, "oge-base", ogeStudentsBaseProduct()), AS_COORDINATOR)
                .expectException(violation("ALREADY_EXISTS"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("refuses a project whose status is not assigned yet")
    void refusesBeforeStatus() {
        fixture.given(expertApproved())
                .when(new RecordProductCommand(PROJECT_ID, "oge-base", ogeStudentsBaseProduct()), AS_COORDINATOR)
                .expectException(violation("STATUS_NOT_ASSIGNED"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("denies a school of another organization")
    void deniesForeignSchool() {
        fixture.given(active())
                .when(new RecordProductCommand(PROJECT_ID, "oge-base", ogeStudentsBaseProduct()), AS_FOREIGN_SCHOOL)
                .expectException(ProjectAccessDeniedException.class)
                .expectNoEvents();
    }
}
