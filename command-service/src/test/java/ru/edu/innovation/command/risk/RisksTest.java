package ru.edu.innovation.command.risk;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.risk.RecordRiskCommand;
import ru.edu.innovation.api.risk.RecordRiskMonitoringCommand;
import ru.edu.innovation.api.risk.RiskMonitoring;
import ru.edu.innovation.api.risk.RiskMonitoringRecordedEvent;
import ru.edu.innovation.api.risk.RiskRecordedEvent;
import ru.edu.innovation.api.risk.RiskState;
import ru.edu.innovation.command.kernel.ProjectAccessDeniedException;
import ru.edu.innovation.command.kernel.UnknownProjectPartException;
import ru.edu.innovation.command.project.InnovationProject;
import ru.edu.innovation.command.project.ProjectFixtures;

import java.time.LocalDate;
import java.util.List;

import static ru.edu.innovation.command.project.ProjectFixtures.AS_COORDINATOR;
import static ru.edu.innovation.command.project.ProjectFixtures.AS_FOREIGN_SCHOOL;
import static ru.edu.innovation.command.project.ProjectFixtures.PROJECT_ID;
import static ru.edu.innovation.command.project.ProjectFixtures.active;
import static ru.edu.innovation.command.project.ProjectFixtures.versionAfter;
import static ru.edu.innovation.command.project.ProjectFixtures.violation;
import static ru.edu.innovation.command.project.ProjectFixtures.with;
import static ru.edu.innovation.seeds.SeedProjects.coordinationRisk;
import static ru.edu.innovation.seeds.SeedProjects.transportRisk;
import static ru.edu.innovation.seeds.SeedProjects.transportRiskIn2022_2023;

/** The risks of the running project (seed 004) and their monitoring per period (seed 000). */
class RisksTest {

    private AggregateTestFixture<InnovationProject> fixture;

    @BeforeEach
    void setUp() {
        fixture = ProjectFixtures.newFixture();
    }

    private static List<Object> withTransportRisk() {
        return with(active(), new RiskRecordedEvent(PROJECT_ID, "transport", transportRisk()));
    }

    @Test
    @DisplayName("records a risk with its mitigation")
    void recordsRisk() {
        fixture.given(active())
                .when(new RecordRiskCommand(PROJECT_ID, "transport", transportRisk()), AS_COORDINATOR)
                .expectEvents(new RiskRecordedEvent(PROJECT_ID, "transport", transportRisk()))
                .expectResultMessagePayload(versionAfter(active(), 1));
    }

    @Test
    @DisplayName("rejects a risk under an id already recorded")
    void rejectsDuplicateRisk() {
        fixture.given(withTransportRisk())
                .when(new RecordRiskCommand(PROJECT_ID, "transport", coordinationRisk()), AS_COORDINATOR)
                .expectException(violation("ALREADY_EXISTS"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("records the monitoring of a risk over a period: its state and what was done")
    void recordsMonitoring() {
        fixture.given(withTransportRisk())
                .when(new RecordRiskMonitoringCommand(PROJECT_ID, "transport", transportRiskIn2022_2023()), AS_COORDINATOR)
                .expectEvents(new RiskMonitoringRecordedEvent(PROJECT_ID, "transport", transportRiskIn2022_2023()));
    }

    @Test
    @DisplayName("rejects a second monitoring entry of the same period")
    void rejectsSecondMonitoringOfPeriod() {
        RiskMonitoring again = new RiskMonitoring(transportRiskIn2022_2023().period(), RiskState.MITIGATED, null);

        fixture.given(with(withTransportRisk(),
                        new RiskMonitoringRecordedEvent(PROJECT_ID, "transport", transportRiskIn2022_2023())))
                .when(new RecordRiskMonitoringCommand(PROJECT_ID, "transport", again), AS_COORDINATOR)
                .expectException(violation("RISK_MONITORING_ALREADY_RECORDED"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("rejects monitoring of a period outside the project")
    void rejectsMonitoringOutsideProject() {
        RiskMonitoring later = new RiskMonitoring(new Period(LocalDate.of(2024, 9, 1), LocalDate.of(2025, 8, 31)),
                RiskState.NOT_OCCURRED, null);

        fixture.given(withTransportRisk())
                .when(new RecordRiskMonitoringCommand(PROJECT_ID, "transport", later), AS_COORDINATOR)
                .expectException(violation("OUTSIDE_PROJECT_PERIOD"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("rejects monitoring of a risk the project does not have")
    void rejectsUnknownRisk() {
        fixture.given(active())
                .when(new RecordRiskMonitoringCommand(PROJECT_ID, "transport", transportRiskIn2022_2023()), AS_COORDINATOR)
                .expectException(UnknownProjectPartException.class)
                .expectNoEvents();
    }

    @Test
    @DisplayName("rejects monitoring by another school, before the risk is looked up")
    void rejectsForeignSchool() {
        fixture.given(active())
                .when(new RecordRiskMonitoringCommand(PROJECT_ID, "transport", transportRiskIn2022_2023()),
                        AS_FOREIGN_SCHOOL)
                .expectException(ProjectAccessDeniedException.class)
                .expectNoEvents();
    }
}
