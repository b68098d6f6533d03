package ru.edu.innovation.query.network;

import com.fasterxml.jackson.databind.json.JsonMapper;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.api.network.SubProject;
import ru.edu.innovation.api.network.SubProjectRegisteredEvent;
import ru.edu.innovation.api.plan.ActivityPlan;
import ru.edu.innovation.api.plan.ActivityPlannedEvent;
import ru.edu.innovation.api.report.ReportKind;
import ru.edu.innovation.query.card.ProjectCard;
import ru.edu.innovation.query.card.ProjectHistory;
import ru.edu.innovation.query.documents.ReportDocument;
import ru.edu.innovation.query.documents.ReportDrawing;
import ru.edu.innovation.query.plan.CalendarPlan;
import ru.edu.innovation.query.plan.PlannedActivity;
import ru.edu.innovation.platform.store.PlanUpcaster;
import ru.edu.innovation.platform.store.SubProjectActivityUpcaster;
import ru.edu.innovation.seeds.Seed004NetworkProject;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.edu.innovation.query.card.ProjectHistory.PROJECT_ID;
import static ru.edu.innovation.seeds.SeedProjects.YAYA_PERIOD;
import static ru.edu.innovation.seeds.SeedProjects.yayaParticipants;

/** The sub-projects of seed 004's network on the card, in the plan filtered by sub-project, and in the report. */
class NetworkSubProjectsTest {

    private static final SubProject MY_CHOICE = Seed004NetworkProject.subProjects().stream()
            .filter(subProject -> subProject.organizationId().equals("school-yaya-ishim")).findFirst().orElseThrow();
    private static final SubProject ROBOTICS = Seed004NetworkProject.subProjects().stream()
            .filter(subProject -> subProject.organizationId().equals("school-yaya-3")).findFirst().orElseThrow();
    /** A sub-project's own plan entry; seed 004 names the sub-projects but none of their activities. */
    private static final ActivityPlan LESSON = new ActivityPlan(null, "Занятие курса «Мой выбор»", null,
            LocalDate.of(2023, 10, 31), "МБОУ «Ишимская ООШ»", null, null);

    private static ProjectCard network() {
        return ProjectHistory.yayaActive()
                .then(new ActivityPlannedEvent(PROJECT_ID, "resource-map", Seed004NetworkProject.roadmap().get(0)))
                .then(new SubProjectRegisteredEvent(PROJECT_ID, "my-choice", MY_CHOICE, organization("school-yaya-ishim")))
                .then(new SubProjectRegisteredEvent(PROJECT_ID, "robotics", ROBOTICS, organization("school-yaya-3")))
                .then(new ActivityPlannedEvent(PROJECT_ID, "lesson", LESSON, "my-choice"))
                .card();
    }

    private static ru.edu.innovation.api.common.Organization organization(String id) {
        return yayaParticipants().stream().map(participant -> participant.organization())
                .filter(organization -> organization.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("the card holds each sub-project with its participant and its own plan entries")
    void cardHoldsSubProjects() {
        ProjectCard card = network();

        assertThat(card.subProjects()).containsOnlyKeys("my-choice", "robotics");
        assertThat(card.subProjects().get("my-choice").subProject().title()).isEqualTo("Мой выбор");
        assertThat(card.subProjects().get("my-choice").organization().shortName()).isEqualTo("МБОУ «Ишимская ООШ»");
        assertThat(card.subProjects().get("my-choice").activityIds()).containsExactly("lesson");
        assertThat(card.subProjects().get("robotics").activityIds()).isEmpty();
    }

    @Test
    @DisplayName("the plan of one sub-project holds only its entries; the whole network's plan holds every entry")
    void planFilteredBySubProject() {
        LocalDate asOf = LocalDate.of(2023, 12, 31);
        CalendarPlan ofMyChoice = CalendarPlan.of(network(), asOf, "my-choice");
        CalendarPlan whole = CalendarPlan.of(network(), asOf);

        assertThat(ofMyChoice.activities()).extracting(PlannedActivity::title).containsExactly(LESSON.title());
        assertThat(ofMyChoice.activities().get(0).subProjectId()).isEqualTo("my-choice");
        assertThat(ofMyChoice.planned()).isEqualTo(1);
        assertThat(CalendarPlan.of(network(), asOf, "robotics").activities()).isEmpty();
        assertThat(whole.activities()).extracting(PlannedActivity::activityId)
                .containsExactlyInAnyOrder("resource-map", "lesson");
        assertThat(whole.activities()).filteredOn(activity -> activity.activityId().equals("resource-map"))
                .extracting(PlannedActivity::subProjectId).containsOnlyNulls();
    }

    @Test
    @DisplayName("an activity stored at revision 2 projects as the network's own, in no sub-project's plan")
    void revision2ActivityProjects() {
        String revision2 = """
                {"projectId":"%s","activityId":"resource-map","plan":{"taskNumber":1,"title":"Разработка карты ресурсов",
                "startDate":"2023-01-01","deadline":"2023-02-28","responsible":"МБУ ИМЦ УО Яйского округа",
                "participants":null,"expectedResult":null,"timing":"Январь-февраль 2023","plannedSessions":null}}"""
                .formatted(PROJECT_ID).replace("\n", "");
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("InnovationProject", PROJECT_ID, 0,
                "event-1", Instant.parse("2023-01-10T03:00:00Z"), ActivityPlannedEvent.class.getName(), "2",
                revision2.getBytes(StandardCharsets.UTF_8), "{}".getBytes());
        Object upcast = EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(stored),
                JacksonSerializer.builder().objectMapper(JsonMapper.builder().findAndAddModules().build()).build(),
                new EventUpcasterChain(new PlanUpcaster(), new SubProjectActivityUpcaster())).next().getPayload();

        ProjectCard card = ProjectHistory.yayaActive()
                .then(new SubProjectRegisteredEvent(PROJECT_ID, "my-choice", MY_CHOICE, organization("school-yaya-ishim")))
                .then(upcast).card();

        assertThat(CalendarPlan.of(card, LocalDate.of(2023, 3, 1)).activities()).extracting(PlannedActivity::title)
                .containsExactly("Разработка карты ресурсов");
        assertThat(CalendarPlan.of(card, LocalDate.of(2023, 3, 1), "my-choice").activities()).isEmpty();
    }

    @Test
    @DisplayName("the sub-projects view lists each sub-project with its entries as of the day")
    void subProjectsView() {
        NetworkSubProjects view = NetworkSubProjects.of(network(), LocalDate.of(2023, 12, 31));

        assertThat(view.subProjects()).extracting(NetworkSubProjects.Entry::title)
                .containsExactly("Мой выбор", ROBOTICS.title());
        assertThat(view.subProjects().get(0).activities()).extracting(PlannedActivity::title)
                .containsExactly(LESSON.title());
    }

    @Test
    @DisplayName("the report document shows the sub-projects with their own plan entries of the period")
    void reportShowsSubProjects() {
        ReportDocument document = ReportDrawing.draw(network(), YAYA_PERIOD, ReportKind.FINAL, null, null,
                ZoneId.of("Asia/Novokuznetsk"));

        assertThat(document.running().subProjects()).extracting(ReportDocument.SubProjectRow::organization,
                        ReportDocument.SubProjectRow::title, ReportDocument.SubProjectRow::activities)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("МБОУ «Ишимская ООШ»", "Мой выбор",
                                "Занятие курса «Мой выбор» (до 31.10.2023)"),
                        org.assertj.core.groups.Tuple.tuple("МБОУ «Яйская ООШ №3»", ROBOTICS.title(),
                                ReportDocument.NOTHING));
    }
}
