package ru.edu.innovation.query.store;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.api.report.ReportSubmittedEvent;
import ru.edu.innovation.query.card.EventContext;
import ru.edu.innovation.query.card.ProjectCard;
import ru.edu.innovation.query.card.ProjectHistory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.util.ReflectionTestUtils;
import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.indicator.IndicatorDefinedEvent;
import ru.edu.innovation.api.indicator.IndicatorValue;
import ru.edu.innovation.api.indicator.IndicatorValueRecordedEvent;
import ru.edu.innovation.api.project.ProjectDraftRegisteredEvent;
import ru.edu.innovation.query.card.ProjectHistory;
import ru.edu.innovation.query.indicators.IndicatorProgress;
import ru.edu.innovation.query.indicators.ProjectIndicators;
import ru.edu.innovation.query.ReadSideIntegrationTest;
import ru.edu.innovation.platform.store.TypeCachingJacksonSerializer;

import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.edu.innovation.seeds.SeedProjects.interimReport2022_2023;
import static ru.edu.innovation.seeds.SeedProjects.ogeAverageScorePhysics;
import static ru.edu.innovation.seeds.SeedProjects.yayaNetworkProject;

/**
 * The store's settings that keep a burst of events from filling the heap, and the upcasters it reads
 * older events through. How a busy stream is let go during a burst is shown in command-service's
 * EventStoreReadingIntegrationTest; a burst here would add thousands of projects to the views the
 * other tests read.
 */
class EventStoreSettingsIntegrationTest extends ReadSideIntegrationTest {

    @Autowired
    private EventStore eventStore;

    @Autowired
    private Configuration axon;

    @Autowired
    @Qualifier("eventSerializer")
    private Serializer eventSerializer;

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    @Test
    @DisplayName("a processor busy during a burst is let go of the shared read-ahead within a second, not Axon's ten")
    void busyProcessorsLetGoQuickly() {
        assertThat(eventStore).isInstanceOf(EmbeddedEventStore.class);
        assertThat((Long) ReflectionTestUtils.getField(eventStore, "cleanupDelayMillis")).isBetween(1L, 1_000L);
    }

    @Test
    @DisplayName("the stored events are read by the serializer that resolves each type's class once, which Axon and the engine use")
    void eventSerializerCachesTypes() {
        assertThat(eventSerializer).isInstanceOf(TypeCachingJacksonSerializer.class);
        assertThat(axon.eventSerializer()).isSameAs(eventSerializer);
    }

    @Test
    @DisplayName("the shared read-ahead keeps two fetches' worth of events in memory, not Axon's 10,000")
    void readAheadIsSmall() {
        Object producer = ReflectionTestUtils.getField(eventStore, "producer");
        assertThat((Integer) ReflectionTestUtils.getField(producer, "cachedEvents")).isEqualTo(2_000);
    }

    @Test
    @DisplayName("a draft stored at revision 1, before logins and deputies, reads as revision 2 through the service's upcasters")
    void revision1DraftReadsAsRevision2() throws Exception {
        ProjectDraftRegisteredEvent draft = new ProjectDraftRegisteredEvent("yaya-network-2022", yayaNetworkProject());
        ObjectNode revision1 = JSON.valueToTree(draft);
        ObjectNode details = (ObjectNode) revision1.path("details");
        details.remove("deputy");
        ((ObjectNode) details.path("leader")).remove("login");
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("InnovationProject", "yaya-network-2022",
                0, "event-1", Instant.parse("2022-09-01T03:00:00Z"), ProjectDraftRegisteredEvent.class.getName(), "1",
                JSON.writeValueAsBytes(revision1), "{}".getBytes(StandardCharsets.UTF_8));

        DomainEventMessage<?> read = EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(stored),
                eventSerializer, axon.upcasterChain()).next();

        ProjectDraftRegisteredEvent loaded = (ProjectDraftRegisteredEvent) read.getPayload();
        assertThat(loaded.details().theme()).isEqualTo(draft.details().theme());
        assertThat(loaded.details().leader().login()).isNull();
        assertThat(read.serializePayload(eventSerializer, byte[].class).getType().getRevision()).isEqualTo("2");
    }

    @Test
    @DisplayName("a report submitted at revision 2, before versions were frozen, reads as revision 3 and projects as version 1 without a digest")
    void revision2ReportReadsAsRevision3AndProjects() throws Exception {
        ReportSubmittedEvent submitted = new ReportSubmittedEvent("yaya-network-2022", "interim-2022-2023",
                interimReport2022_2023(), "sikora", null, null, null);
        ObjectNode revision2 = JSON.valueToTree(submitted);
        revision2.remove(List.of("version", "basedOnSequence", "contentSha256"));
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("InnovationProject", "yaya-network-2022",
                9, "event-10", Instant.parse("2023-09-01T03:00:00Z"), ReportSubmittedEvent.class.getName(), "2",
                JSON.writeValueAsBytes(revision2), "{}".getBytes(StandardCharsets.UTF_8));

        DomainEventMessage<?> read = EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(stored),
                eventSerializer, axon.upcasterChain()).next();

        assertThat(read.getPayload()).isEqualTo(submitted);
        assertThat(read.serializePayload(eventSerializer, byte[].class).getType().getRevision()).isEqualTo("3");
        ProjectCard card = ProjectHistory.yayaActive().card();
        card.apply(read.getPayload(), EventContext.of(read));
        assertThat(card.reports().get("interim-2022-2023").versions()).singleElement().satisfies(version -> {
            assertThat(version.number()).isEqualTo(1);
            assertThat(version.sequence()).isEqualTo(9);
            assertThat(version.basedOnSequence()).isEqualTo(8);
            assertThat(version.sha256()).isNull();
        });
    }

    @Test
    @DisplayName("an indicator and its value stored at revision 1 read as revision 2 and fold into the card's indicators")
    void revision1IndicatorProjects() throws Exception {
        ObjectNode defined = JSON.valueToTree(new IndicatorDefinedEvent("yaya-network", "oge-physics",
                ogeAverageScorePhysics()));
        ((ObjectNode) defined.path("definition")).remove("components");
        ObjectNode recorded = JSON.valueToTree(new IndicatorValueRecordedEvent("yaya-network", "oge-physics",
                new IndicatorValue(new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 8, 31)),
                        new BigDecimal("16.1"), "ОГЭ 2023")));
        ((ObjectNode) recorded.path("value")).remove(List.of("periodKind", "components"));
        ProjectHistory history = ProjectHistory.yayaActive();
        for (ObjectNode stored : List.of(defined, recorded)) {
            String type = stored == defined ? IndicatorDefinedEvent.class.getName()
                    : IndicatorValueRecordedEvent.class.getName();
            GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>("InnovationProject", "yaya-network",
                    10, "event-" + type, Instant.parse("2023-09-01T03:00:00Z"), type, "1", JSON.writeValueAsBytes(stored),
                    "{}".getBytes(StandardCharsets.UTF_8));
            history = history.then(EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(entry), eventSerializer,
                    axon.upcasterChain()).next().getPayload());
        }

        IndicatorProgress physics = ProjectIndicators.of(history.card()).indicators().get(0);

        assertThat(physics.components()).isEmpty();
        assertThat(physics.periodLabels()).containsExactly("2022–2023");
        assertThat(physics.shareOfTarget()).isEqualByComparingTo("43.3");
    }

    @Test
    @DisplayName("the processors work out no correlation data: nothing is sent on from a view, and it cost each event its metadata")
    void noCorrelationData() {
        assertThat(axon.correlationDataProviders()).isEmpty();
    }
}
