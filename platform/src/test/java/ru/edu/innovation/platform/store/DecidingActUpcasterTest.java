package ru.edu.innovation.platform.store;

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
import ru.edu.innovation.api.common.DecidingAct;
import ru.edu.innovation.api.status.StatusAssignedEvent;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.edu.innovation.seeds.SeedProjects.statusOrder2469;

/** Status assignments stored at revision 1, when only the ministry decided, read as revision 2. */
class DecidingActUpcasterTest {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private static final JacksonSerializer SERIALIZER = JacksonSerializer.builder().objectMapper(JSON).build();
    private static final String PROJECT_ID = "yaya-network-2022";

    @Test
    @DisplayName("a status assigned at revision 1 reads as a ministry order issued by the recording user's organization")
    void revision1ReadsAsAMinistryOrderOfTheRecordingOrganization() {
        DomainEventMessage<?> read = readRevision1("{\"userId\":\"minobr\",\"organizationId\":\"minobr-kuzbass\",\"role\":\"MINISTRY\"}");

        assertThat(read.getPayload()).isEqualTo(new StatusAssignedEvent(PROJECT_ID, statusOrder2469(), "minobr",
                DecidingAct.MINISTRY_ORDER, "minobr-kuzbass"));
        assertThat(read.serializePayload(SERIALIZER, byte[].class).getType().getRevision()).isEqualTo("2");
    }

    @Test
    @DisplayName("without an organization in its metadata the body of the old order stays unnamed")
    void revision1WithoutOrganization() {
        assertThat(readRevision1("{}").getPayload()).isEqualTo(new StatusAssignedEvent(PROJECT_ID, statusOrder2469(),
                "minobr", DecidingAct.MINISTRY_ORDER, null));
    }

    @Test
    @DisplayName("a status assigned at revision 2 by a municipal authority is read as stored")
    void revision2AsStored() {
        StatusAssignedEvent event = new StatusAssignedEvent(PROJECT_ID, statusOrder2469(), "uo-mariinsk-head",
                DecidingAct.MUNICIPAL_DIRECTIVE, "uo-mariinsk");
        byte[] payload = SERIALIZER.serialize(event, byte[].class).getData();

        assertThat(read("2", payload, "{\"organizationId\":\"uo-mariinsk\"}").getPayload()).isEqualTo(event);
    }

    private static DomainEventMessage<?> readRevision1(String metaData) {
        ObjectNode json = JSON.valueToTree(new StatusAssignedEvent(PROJECT_ID, statusOrder2469(), "minobr", null, null));
        json.remove("act");
        json.remove("issuedBy");
        return read("1", json.toString().getBytes(StandardCharsets.UTF_8), metaData);
    }

    private static DomainEventMessage<?> read(String revision, byte[] payload, String metaData) {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("InnovationProject", PROJECT_ID, 3,
                "event-4", Instant.parse("2022-09-30T03:00:00Z"), StatusAssignedEvent.class.getName(), revision, payload,
                metaData.getBytes(StandardCharsets.UTF_8));
        return EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(stored), SERIALIZER,
                new EventUpcasterChain(new PersonLoginUpcaster(), new DecidingActUpcaster())).next();
    }
}
