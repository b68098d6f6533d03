package ru.edu.innovation.command.plan;

import com.fasterxml.jackson.databind.json.JsonMapper;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.api.plan.AdoptNormativeActCommand;
import ru.edu.innovation.api.plan.NormativeAct;
import ru.edu.innovation.api.plan.NormativeActAdoptedEvent;
import ru.edu.innovation.api.plan.NormativeActAdoption;
import ru.edu.innovation.api.plan.NormativeActKind;
import ru.edu.innovation.api.plan.NormativeActRegisteredEvent;
import ru.edu.innovation.api.plan.RegisterNormativeActCommand;
import ru.edu.innovation.command.kernel.ProjectAccessDeniedException;
import ru.edu.innovation.command.kernel.UnknownProjectPartException;
import ru.edu.innovation.command.project.InnovationProject;
import ru.edu.innovation.command.project.ProjectFixtures;
import ru.edu.innovation.platform.store.NormativeActDraftUpcaster;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;

import static ru.edu.innovation.command.project.ProjectFixtures.AS_COORDINATOR;
import static ru.edu.innovation.command.project.ProjectFixtures.AS_FOREIGN_SCHOOL;
import static ru.edu.innovation.command.project.ProjectFixtures.PROJECT_ID;
import static ru.edu.innovation.command.project.ProjectFixtures.active;
import static ru.edu.innovation.command.project.ProjectFixtures.versionAfter;
import static ru.edu.innovation.command.project.ProjectFixtures.violation;
import static ru.edu.innovation.command.project.ProjectFixtures.with;
import static ru.edu.innovation.seeds.SeedProjects.networkCommunitiesRegulation;

/** Local normative acts of the plan: registered adopted or as drafts, drafts adopted later (seed 000). */
class NormativeActsTest {

    private static final String REGULATION = "regulation-network-communities";
    private static final NormativeActAdoption ADOPTION = new NormativeActAdoption("12", LocalDate.of(2023, 6, 1));
    private static final NormativeAct ADOPTED_ORDER = new NormativeAct(NormativeActKind.DECREE, "40",
            LocalDate.of(2023, 2, 1), "Распоряжение о создании творческой группы", null);

    private AggregateTestFixture<InnovationProject> fixture;

    @BeforeEach
    void setUp() {
        fixture = ProjectFixtures.newFixture();
    }

    @Test
    @DisplayName("registers a draft without number and date")
    void registersDraft() {
        fixture.given(active())
                .when(new RegisterNormativeActCommand(PROJECT_ID, REGULATION, networkCommunitiesRegulation()),
                        AS_COORDINATOR)
                .expectEvents(new NormativeActRegisteredEvent(PROJECT_ID, REGULATION, networkCommunitiesRegulation()))
                .expectResultMessagePayload(versionAfter(active(), 1));
    }

    @Test
    @DisplayName("adopts a draft with its number and date")
    void adoptsDraft() {
        var history = with(active(),
                new NormativeActRegisteredEvent(PROJECT_ID, REGULATION, networkCommunitiesRegulation()));

        fixture.given(history)
                .when(new AdoptNormativeActCommand(PROJECT_ID, REGULATION, ADOPTION), AS_COORDINATOR)
                .expectEvents(new NormativeActAdoptedEvent(PROJECT_ID, REGULATION, ADOPTION))
                .expectResultMessagePayload(versionAfter(history, 1));
    }

    @Test
    @DisplayName("rejects adopting an act registered as adopted")
    void rejectsAdoptingAdoptedAct() {
        fixture.given(with(active(), new NormativeActRegisteredEvent(PROJECT_ID, "decree", ADOPTED_ORDER)))
                .when(new AdoptNormativeActCommand(PROJECT_ID, "decree", ADOPTION), AS_COORDINATOR)
                .expectException(violation("ACT_ALREADY_ADOPTED"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("an act stored at revision 1, before drafts, replays as adopted: adopting it is refused")
    void revision1ReplaysAsAdopted() {
        String revision1 = "{\"projectId\":\"" + PROJECT_ID + "\",\"actId\":\"act-network\",\"act\":{\"kind\":"
                + "\"REGULATION\",\"number\":\"12\",\"date\":\"2023-02-01\",\"title\":\"Положение о сетевых "
                + "образовательных сообществах\",\"purpose\":\"Порядок формирования сетевых сообществ\"}}";
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("InnovationProject", PROJECT_ID, 0,
                "event-1", Instant.parse("2023-02-01T03:00:00Z"), NormativeActRegisteredEvent.class.getName(), "1",
                revision1.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        Object upcast = EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(stored),
                JacksonSerializer.builder().objectMapper(JsonMapper.builder().findAndAddModules().build()).build(),
                new NormativeActDraftUpcaster()).next().getPayload();

        fixture.given(with(active(), upcast))
                .when(new AdoptNormativeActCommand(PROJECT_ID, "act-network", ADOPTION), AS_COORDINATOR)
                .expectException(violation("ACT_ALREADY_ADOPTED"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("rejects adopting a draft a second time")
    void rejectsSecondAdoption() {
        fixture.given(with(active(),
                        new NormativeActRegisteredEvent(PROJECT_ID, REGULATION, networkCommunitiesRegulation()),
                        new NormativeActAdoptedEvent(PROJECT_ID, REGULATION, ADOPTION)))
                .when(new AdoptNormativeActCommand(PROJECT_ID, REGULATION, ADOPTION), AS_COORDINATOR)
                .expectException(violation("ACT_ALREADY_ADOPTED"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("rejects adopting an act the project does not have")
    void rejectsUnknownAct() {
        fixture.given(active())
                .when(new AdoptNormativeActCommand(PROJECT_ID, REGULATION, ADOPTION), AS_COORDINATOR)
                .expectException(UnknownProjectPartException.class)
                .expectNoEvents();
    }

    @Test
    @DisplayName("rejects an adoption dated after today")
    void rejectsFutureAdoption() {
        fixture.given(with(active(),
                        new NormativeActRegisteredEvent(PROJECT_ID, REGULATION, networkCommunitiesRegulation())))
                .when(new AdoptNormativeActCommand(PROJECT_ID, REGULATION,
                        new NormativeActAdoption("12", LocalDate.of(2023, 9, 1))), AS_COORDINATOR)
                .expectException(violation("DATE_IN_FUTURE"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("denies an adoption to a school of another organization")
    void deniesForeignSchool() {
        fixture.given(with(active(),
                        new NormativeActRegisteredEvent(PROJECT_ID, REGULATION, networkCommunitiesRegulation())))
                .when(new AdoptNormativeActCommand(PROJECT_ID, REGULATION, ADOPTION), AS_FOREIGN_SCHOOL)
                .expectException(ProjectAccessDeniedException.class)
                .expectNoEvents();
    }
}
