package ru.edu.innovation.query.acts;

import com.fasterxml.jackson.databind.json.JsonMapper;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.api.plan.NormativeAct;
import ru.edu.innovation.api.plan.NormativeActAdoptedEvent;
import ru.edu.innovation.api.plan.NormativeActAdoption;
import ru.edu.innovation.api.plan.NormativeActKind;
import ru.edu.innovation.api.plan.NormativeActRegisteredEvent;
import ru.edu.innovation.platform.store.NormativeActDraftUpcaster;
import ru.edu.innovation.query.card.ProjectCard;
import ru.edu.innovation.query.card.ProjectHistory;
import ru.edu.innovation.query.web.PeriodFilter;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.edu.innovation.query.card.ProjectHistory.PROJECT_ID;
import static ru.edu.innovation.seeds.SeedProjects.networkCommunitiesOrder;
import static ru.edu.innovation.seeds.SeedProjects.networkCommunitiesRegulation;
import static ru.edu.innovation.seeds.SeedProjects.networkEventsSchedule;

/** The local acts of a project: only adopted ones count, by kind and date; drafts apart. */
class ProjectNormativeActsTest {

    private static final NormativeAct CONTRACT = new NormativeAct(NormativeActKind.CONTRACT, "3",
            LocalDate.of(2023, 3, 1), "Договор о сетевом взаимодействии с МБОУ «Судженская ООШ №36»", null);
    private static final NormativeAct LATE_ORDER = new NormativeAct(NormativeActKind.ORDER, "40",
            LocalDate.of(2023, 10, 2), "Приказ о втором годе сети", null);

    /** Three drafts of seed 000, of which the order and the regulation are adopted; a contract and a later order. */
    private static ProjectCard yaya() {
        return ProjectHistory.yayaActive()
                .then(new NormativeActRegisteredEvent(PROJECT_ID, "regulation", networkCommunitiesRegulation()))
                .then(new NormativeActRegisteredEvent(PROJECT_ID, "order", networkCommunitiesOrder()))
                .then(new NormativeActRegisteredEvent(PROJECT_ID, "schedule", networkEventsSchedule()))
                .then(new NormativeActRegisteredEvent(PROJECT_ID, "contract", CONTRACT))
                .then(new NormativeActRegisteredEvent(PROJECT_ID, "late-order", LATE_ORDER))
                .then(new NormativeActAdoptedEvent(PROJECT_ID, "regulation",
                        new NormativeActAdoption("12", LocalDate.of(2023, 6, 5))))
                .then(new NormativeActAdoptedEvent(PROJECT_ID, "order",
                        new NormativeActAdoption(null, LocalDate.of(2023, 6, 5))))
                .card();
    }

    @Test
    @DisplayName("adopted acts grouped by kind (order, …, regulation, contract …) and by date; drafts apart")
    void groupedByKind() {
        ProjectNormativeActs acts = ProjectNormativeActs.of(yaya(), PeriodFilter.ALL, null);

        assertThat(acts.byKind()).extracting(ProjectNormativeActs.KindGroup::kind)
                .containsExactly(NormativeActKind.ORDER, NormativeActKind.REGULATION, NormativeActKind.CONTRACT);
        assertThat(acts.byKind().get(0).acts()).extracting(ActEntry::actId).containsExactly("order", "late-order");
        assertThat(acts.adopted()).extracting(ActEntry::actId)
                .containsExactly("contract", "regulation", "order", "late-order");
        assertThat(acts.adopted().get(1).number()).isEqualTo("12");
        assertThat(acts.drafts()).extracting(ActEntry::actId).containsExactly("schedule");
    }

    @Test
    @DisplayName("filters adopted acts by period and by kind")
    void periodAndKind() {
        PeriodFilter schoolYear = PeriodFilter.of(LocalDate.of(2022, 9, 1), LocalDate.of(2023, 8, 31));

        assertThat(ProjectNormativeActs.of(yaya(), schoolYear, null).adopted()).extracting(ActEntry::actId)
                .containsExactly("contract", "regulation", "order");
        assertThat(ProjectNormativeActs.of(yaya(), schoolYear, NormativeActKind.ORDER).adopted())
                .extracting(ActEntry::actId).containsExactly("order");
        assertThat(ProjectNormativeActs.of(yaya(), PeriodFilter.ALL, NormativeActKind.PLAN).drafts())
                .extracting(ActEntry::actId).containsExactly("schedule");
    }

    @Test
    @DisplayName("an act stored at revision 1, before drafts, projects through the upcaster as an adopted act")
    void revision1Projects() {
        String revision1 = "{\"projectId\":\"" + PROJECT_ID + "\",\"actId\":\"act-network\",\"act\":{\"kind\":"
                + "\"REGULATION\",\"number\":\"12\",\"date\":\"2023-02-01\",\"title\":\"Положение о сетевых "
                + "образовательных сообществах\",\"purpose\":\"Порядок формирования сетевых сообществ\"}}";
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("InnovationProject", PROJECT_ID, 0,
                "event-1", Instant.parse("2023-02-01T03:00:00Z"), NormativeActRegisteredEvent.class.getName(), "1",
                revision1.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        Object upcast = EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(stored),
                JacksonSerializer.builder().objectMapper(JsonMapper.builder().findAndAddModules().build()).build(),
                new NormativeActDraftUpcaster()).next().getPayload();

        ProjectCard card = ProjectHistory.yayaActive().then(upcast).card();

        assertThat(ProjectNormativeActs.of(card, PeriodFilter.ALL, null).adopted()).singleElement()
                .satisfies(act -> {
                    assertThat(act.date()).isEqualTo(LocalDate.of(2023, 2, 1));
                    assertThat(act.kind()).isEqualTo(NormativeActKind.REGULATION);
                });
    }
}
