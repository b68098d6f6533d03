package ru.edu.innovation.platform.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.api.common.Person;
import ru.edu.innovation.api.project.ProjectDetails;
import ru.edu.innovation.api.project.ProjectDraftRegisteredEvent;
import ru.edu.innovation.api.project.ProjectDraftUpdatedEvent;
import ru.edu.innovation.api.report.ReportResubmittedEvent;
import ru.edu.innovation.api.report.ReportSubmittedEvent;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.edu.innovation.seeds.SeedProjects.interimReport2022_2023;
import static ru.edu.innovation.seeds.SeedProjects.interimReportSections;
import static ru.edu.innovation.seeds.SeedProjects.yayaNetworkProject;

/** Events stored at revision 1, before a person had a login and the leader a deputy, read as revision 2. */
class PersonLoginUpcasterTest {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private static final JacksonSerializer SERIALIZER = JacksonSerializer.builder().objectMapper(JSON).build();
    private static final String PROJECT_ID = "yaya-network-2022";

    @Test
    @DisplayName("a draft registered at revision 1 reads with no login bound and no deputy")
    void draftRegisteredAtRevision1() throws Exception {
        ProjectDetails details = withoutLogins(yayaNetworkProject());
        DomainEventMessage<?> read = readStoredAtRevision1(new ProjectDraftRegisteredEvent(PROJECT_ID, details));

        assertThat(read.getPayload()).isEqualTo(new ProjectDraftRegisteredEvent(PROJECT_ID, details));
        JsonNode upcast = JSON.readTree(read.serializePayload(SERIALIZER, byte[].class).getData());
        assertThat(upcast.path("details").has("deputy")).isTrue();
        assertThat(upcast.path("details").path("leader").has("login")).isTrue();
        assertThat(upcast.path("details").path("coordinators").get(0).has("login")).isTrue();
        assertThat(read.serializePayload(SERIALIZER, byte[].class).getType().getRevision()).isEqualTo("2");
    }

    @Test
    @DisplayName("a draft update at revision 1 reads as revision 2")
    void draftUpdatedAtRevision1() {
        ProjectDetails details = withoutLogins(yayaNetworkProject());

        assertThat(readStoredAtRevision1(new ProjectDraftUpdatedEvent(PROJECT_ID, details)).getPayload())
                .isEqualTo(new ProjectDraftUpdatedEvent(PROJECT_ID, details));
    }

    @Test
    @DisplayName("reports submitted and resubmitted at revision 1 read with the leader's login empty")
    void reportsAtRevision1() throws Exception {
        ReportSubmittedEvent submitted = new ReportSubmittedEvent(PROJECT_ID, "interim-2022-2023",
                interimReport2022_2023(), "sikora", null, null, null);
        DomainEventMessage<?> read = readStoredAtRevision1(submitted);
        assertThat(read.getPayload()).isEqualTo(submitted);
        assertThat(JSON.readTree(read.serializePayload(SERIALIZER, byte[].class).getData())
                .path("submission").path("sections").path("leader").has("login")).isTrue();

        ReportResubmittedEvent resubmitted = new ReportResubmittedEvent(PROJECT_ID, "interim-2022-2023",
                interimReportSections(), "sikora", null, null, null);
        assertThat(readStoredAtRevision1(resubmitted).getPayload()).isEqualTo(resubmitted);
    }

    @Test
    @DisplayName("an event stored at revision 2 is read as stored")
    void revision2AsStored() {
        ProjectDraftRegisteredEvent event = new ProjectDraftRegisteredEvent(PROJECT_ID, yayaNetworkProject());
        byte[] payload = SERIALIZER.serialize(event, byte[].class).getData();

        DomainEventMessage<?> read = read(event.getClass().getName(), "2", payload);

        assertThat(read.getPayload()).isEqualTo(event);
        assertThat(read.serializePayload(SERIALIZER, byte[].class).getData()).isEqualTo(payload);
    }

    /** {@code event} as revision 1 stored it: the same JSON without the fields revision 2 added. */
    private static DomainEventMessage<?> readStoredAtRevision1(Object event) {
        ObjectNode json = JSON.valueToTree(event);
        removeRevision2Fields(json);
        try {
            return read(event.getClass().getName(), "1", JSON.writeValueAsBytes(json));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void removeRevision2Fields(JsonNode node) {
        if (node instanceof ObjectNode object) {
            // and those of revision 3 of the reports, which the chain adds again after this upcaster
            object.remove(List.of("login", "deputy", "version", "basedOnSequence", "contentSha256"));
        }
        node.forEach(PersonLoginUpcasterTest::removeRevision2Fields);
    }

    private static DomainEventMessage<?> read(String type, String revision, byte[] payload) {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("InnovationProject", PROJECT_ID, 0,
                "event-1", Instant.parse("2022-09-01T03:00:00Z"), type, revision, payload, "{}".getBytes());
        return EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(stored), SERIALIZER,
                new EventUpcasterChain(new PersonLoginUpcaster(), new ReportVersionUpcaster())).next();
    }

    /** The seed's project as revision 1 knew it: nobody's login, no deputy. */
    private static ProjectDetails withoutLogins(ProjectDetails details) {
        return new ProjectDetails(details.levelAppliedFor(), details.theme(), details.goal(), details.tasks(),
                details.direction(), details.period(), details.stages(), details.leadOrganization(),
                details.participants(), new Person(details.leader().fullName(), details.leader().position()),
                details.coordinators(), details.scientificConsultant(), details.team(), details.partners(),
                details.risks());
    }
}
