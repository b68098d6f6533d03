package ru.edu.innovation.query.participation;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.participation.CategoryCount;
import ru.edu.innovation.api.participation.OrganizationParticipationRecordedEvent;
import ru.edu.innovation.api.participation.ParticipantCategory;
import ru.edu.innovation.api.participation.ParticipantCountsRecordedEvent;
import ru.edu.innovation.api.participation.ParticipantsByCategory;
import ru.edu.innovation.api.participation.TeamMemberRecordedEvent;
import ru.edu.innovation.api.resource.ProjectResource;
import ru.edu.innovation.api.resource.ResourceKind;
import ru.edu.innovation.api.resource.ResourceRecordedEvent;
import ru.edu.innovation.api.risk.RiskMonitoring;
import ru.edu.innovation.api.risk.RiskMonitoringRecordedEvent;
import ru.edu.innovation.api.risk.RiskRecordedEvent;
import ru.edu.innovation.api.risk.RiskState;
import ru.edu.innovation.query.card.ProjectCard;
import ru.edu.innovation.query.card.ProjectHistory;
import ru.edu.innovation.query.resources.ProjectResources;
import ru.edu.innovation.query.risks.ProjectRisks;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.edu.innovation.query.card.ProjectHistory.PROJECT_ID;
import static ru.edu.innovation.seeds.SeedProjects.YAYA_INTERIM_PERIOD;
import static ru.edu.innovation.seeds.SeedProjects.coordinationRisk;
import static ru.edu.innovation.seeds.SeedProjects.transportRisk;
import static ru.edu.innovation.seeds.SeedProjects.transportRiskIn2022_2023;
import static ru.edu.innovation.seeds.SeedProjects.yayaNetworkSchools;
import static ru.edu.innovation.seeds.SeedProjects.yayaParticipantsMarchToJune2023;
import static ru.edu.innovation.seeds.SeedProjects.yayaProjectTeam;
import static ru.edu.innovation.seeds.SeedProjects.yayaResourceBase;

/** The participants, resources and risks views of the running Yaya project, whole and filtered by period. */
class RunningProjectViewsTest {

    private static final Period AUTUMN_2023 = new Period(LocalDate.of(2023, 9, 1), LocalDate.of(2023, 12, 31));

    private static ProjectCard card() {
        ProjectHistory history = ProjectHistory.yayaActive()
                .then(new ParticipantCountsRecordedEvent(PROJECT_ID, "autumn", new ParticipantsByCategory(AUTUMN_2023,
                        List.of(new CategoryCount(ParticipantCategory.PSYCHOLOGISTS, null, 3),
                                new CategoryCount(ParticipantCategory.OTHER, "социальные партнёры", 5)), null)))
                .then(new ParticipantCountsRecordedEvent(PROJECT_ID, "march-june", yayaParticipantsMarchToJune2023()))
                .then(new OrganizationParticipationRecordedEvent(PROJECT_ID, "schools", yayaNetworkSchools()));
        for (int i = 0; i < yayaProjectTeam().size(); i++) {
            history.then(new TeamMemberRecordedEvent(PROJECT_ID, "member-" + i, yayaProjectTeam().get(i)));
        }
        yayaResourceBase().forEach(resource -> history.then(new ResourceRecordedEvent(PROJECT_ID,
                resource.kind().name(), resource)));
        return history
                .then(new ResourceRecordedEvent(PROJECT_ID, "grant", new ProjectResource(ResourceKind.FINANCIAL,
                        "Грант", "Грант на оборудование", AUTUMN_2023)))
                .then(new RiskRecordedEvent(PROJECT_ID, "transport", transportRisk()))
                .then(new RiskRecordedEvent(PROJECT_ID, "coordination", coordinationRisk()))
                .then(new RiskMonitoringRecordedEvent(PROJECT_ID, "transport", new RiskMonitoring(AUTUMN_2023,
                        RiskState.MITIGATED, "Утверждён график подвоза")))
                .then(new RiskMonitoringRecordedEvent(PROJECT_ID, "transport", transportRiskIn2022_2023()))
                .card();
    }

    @Test
    @DisplayName("participants by category per period in period order, with totals and the categories' names")
    void participantsByCategory() {
        ProjectParticipants participants = ProjectParticipants.of(card(), null, null);

        assertThat(participants.counts()).extracting(ProjectParticipants.Counts::countsId)
                .containsExactly("march-june", "autumn");
        assertThat(participants.counts().get(0).total()).isEqualTo(201);
        assertThat(participants.counts().get(1).categories()).extracting(ProjectParticipants.Category::name)
                .containsExactly("педагоги-психологи", "социальные партнёры");
        assertThat(participants.organizations()).singleElement()
                .satisfies(organizations -> assertThat(organizations.count()).isEqualTo(8));
        assertThat(participants.team()).extracting(ProjectParticipants.Member::role)
                .containsExactly("Руководитель", "Координатор", "Координатор");
    }

    @Test
    @DisplayName("filtered by the interim report's period, participants keep only the counts and organizations of periods meeting it")
    void participantsFilteredByPeriod() {
        ProjectParticipants participants = ProjectParticipants.of(card(), YAYA_INTERIM_PERIOD.from(),
                YAYA_INTERIM_PERIOD.to());

        assertThat(participants.counts()).extracting(ProjectParticipants.Counts::countsId).containsExactly("march-june");
        assertThat(participants.organizations()).hasSize(1);
        assertThat(participants.team()).hasSize(3);
        assertThat(ProjectParticipants.of(card(), AUTUMN_2023.from(), null).organizations()).isEmpty();
    }

    @Test
    @DisplayName("resources by kind in the forms' order; filtered by kind and by period")
    void resources() {
        assertThat(ProjectResources.of(card(), null, null, null).resources()).extracting(ProjectResources.Resource::kindName)
                .containsExactly("Кадровые ресурсы", "Материально-технические ресурсы", "Информационные ресурсы",
                        "Финансовые ресурсы", "Научно-методические ресурсы");
        assertThat(ProjectResources.of(card(), ResourceKind.STAFF, null, null).resources()).singleElement()
                .satisfies(resource -> assertThat(resource.title()).isEqualTo("Кадровое обеспечение"));
        assertThat(ProjectResources.of(card(), null, YAYA_INTERIM_PERIOD.from(), YAYA_INTERIM_PERIOD.to()).resources())
                .extracting(ProjectResources.Resource::resourceId).doesNotContain("grant").hasSize(4);
    }

    @Test
    @DisplayName("risks with their monitoring in period order; filtered by period, only that period's monitoring")
    void risks() {
        ProjectRisks all = ProjectRisks.of(card(), null, null);
        assertThat(all.risks()).extracting(ProjectRisks.Risk::riskId).containsExactly("transport", "coordination");
        assertThat(all.risks().get(0).monitoring()).extracting(ProjectRisks.Monitoring::stateName)
                .containsExactly("проявился", "преодолён");

        ProjectRisks autumn = ProjectRisks.of(card(), AUTUMN_2023.from(), AUTUMN_2023.to());
        assertThat(autumn.risks().get(0).monitoring()).singleElement()
                .satisfies(entry -> assertThat(entry.actionsTaken()).isEqualTo("Утверждён график подвоза"));
        assertThat(autumn.risks().get(1).monitoring()).isEmpty();
    }
}
