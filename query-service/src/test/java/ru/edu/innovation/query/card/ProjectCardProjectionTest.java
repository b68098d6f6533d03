package ru.edu.innovation.query.card;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.serialization.SerializedMessage;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.api.common.MetaDataKeys;
import ru.edu.innovation.api.common.StatusLevel;
import ru.edu.innovation.api.plan.HeldEventRecordedEvent;
import ru.edu.innovation.api.project.ApplicationSignedEvent;
import ru.edu.innovation.api.project.ApplicationSubmittedEvent;
import ru.edu.innovation.api.project.ProjectDraftRegisteredEvent;
import ru.edu.innovation.query.card.storage.InMemoryCards;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.edu.innovation.seeds.SeedProjects.IMC_YAYA;
import static ru.edu.innovation.seeds.SeedProjects.conferenceHeld;
import static ru.edu.innovation.seeds.SeedProjects.yayaNetworkProject;

class ProjectCardProjectionTest {

    private static final String PROJECT = "project-yaya";

    private final ObjectMapper json = JsonMapper.builder().findAndAddModules().build();
    private final InMemoryCards stored = new InMemoryCards(json);
    private final Checkpoints checkpoints = new Checkpoints(stored);
    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(json).build();
    private final ProjectCardProjection projection = new ProjectCardProjection(stored, checkpoints, InMemoryCards.tables(),
            serializer);

    private final List<DomainEventMessage<?>> history = historyOf(PROJECT);

    @Test
    @DisplayName("a batch reads a card once, applies all of its events and writes it once when it commits")
    void oneWritePerBatch() {
        inOneBatch(history);

        assertThat(stored.writes).isEqualTo(1);
        ProjectCard card = stored.find(PROJECT).orElseThrow();
        assertThat(card.version()).isEqualTo(2);
        assertThat(card.status()).isEqualTo(ProjectStatus.AT_INSTITUTE);
        assertThat(card.application()).extracting(Decision::by).containsExactly("sikora", "tikhomirova");
    }

    @Test
    @DisplayName("a batch whose write failed is read again one event at a time, each event written on its own")
    void failedBatchRetriedEventByEvent() {
        stored.refusedWrites = 1;
        inOneBatch(history);
        assertThat(stored.find(PROJECT)).isEmpty();

        inOneBatch(history);

        assertThat(stored.writes).isEqualTo(1 + history.size());
        assertThat(stored.find(PROJECT).orElseThrow().version()).isEqualTo(2);
        inOneBatch(historyOf("project-2"));
        assertThat(stored.writes).as("the next batch is written in one go again").isEqualTo(2 + history.size());
    }

    @Test
    @DisplayName("a batch spanning two projects reads both cards in one query and writes both in one go")
    void twoProjectsOneReadOneWrite() {
        List<DomainEventMessage<?>> other = historyOf("project-other");
        List<DomainEventMessage<?>> interleaved = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            interleaved.add(history.get(i));
            interleaved.add(other.get(i));
        }

        inOneBatch(interleaved);

        assertThat(stored.reads).isEqualTo(1);
        assertThat(stored.writes).isEqualTo(1);
        assertThat(stored.find("project-other").orElseThrow().version()).isEqualTo(2);
        assertThat(stored.find(PROJECT).orElseThrow().status()).isEqualTo(ProjectStatus.AT_INSTITUTE);
    }

    @Test
    @DisplayName("a replay after a reset gives exactly the card of the live run, event by event")
    void replayEqualsLive() {
        history.forEach(event -> projection.on(event.getPayload(), event, ReplayStatus.REGULAR));
        JsonNode live = stored.document(PROJECT);

        projection.reset();
        assertThat(stored.find(PROJECT)).isEmpty();
        inOneBatch(history);

        assertThat(stored.document(PROJECT)).isEqualTo(live);
    }

    @Test
    @DisplayName("events the card already shows are skipped and nothing is written")
    void appliedEventsSkipped() {
        history.forEach(event -> projection.on(event.getPayload(), event, ReplayStatus.REGULAR));
        JsonNode before = stored.document(PROJECT);
        int writes = stored.writes;

        inOneBatch(history.subList(1, 3));

        assertThat(stored.writes).isEqualTo(writes);
        assertThat(stored.document(PROJECT)).isEqualTo(before);
    }

    @Test
    @DisplayName("a live batch asks for the checkpoint of the event it took a project past, once it has committed")
    void checkpointAfterCommit() {
        inOneBatch(history);

        assertThat(checkpoints.requested).containsExactly(Map.entry(PROJECT, 1L));
        assertThat(checkpoints.cardWrittenBeforeRequest).isTrue();
    }

    @Test
    @DisplayName("a replay asks for no checkpoints, and a reset forgets them with the cards")
    void noCheckpointsInAReplay() {
        inOneBatch(history, ReplayStatus.REPLAY);
        assertThat(checkpoints.requested).isEmpty();

        projection.reset();
        assertThat(checkpoints.deleted).isTrue();
    }

    @Test
    @DisplayName("a held event goes to its page as stored, without binding its payload; the card's document only moves past it")
    void heldEventToItsPage() throws Exception {
        HeldEventRecordedEvent recorded = new HeldEventRecordedEvent(PROJECT, "held-1", conferenceHeld(null));
        SerializedMessage<?> serialized = new SerializedMessage<>("event-3", serializer.serialize(recorded, byte[].class),
                serializer.serialize(MetaData.with(MetaDataKeys.USER_ID, "sikora"), byte[].class), serializer);
        Instant recordedAt = Instant.parse("2023-03-20T04:15:30.123Z");
        List<DomainEventMessage<?>> events = new ArrayList<>(history);
        events.add(new GenericDomainEventMessage<>("InnovationProject", PROJECT, 3, serialized, () -> recordedAt));
        AnnotationEventHandlerAdapter dispatching = new AnnotationEventHandlerAdapter(projection);

        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(new ArrayList<>(events));
        batch.executeWithResult(() -> {
            dispatching.handle(batch.getMessage());
            return null;
        });

        assertThat(serialized.isPayloadDeserialized()).isFalse();
        assertThat(stored.held).singleElement().satisfies(held -> {
            assertThat(held.projectId()).isEqualTo(PROJECT);
            assertThat(held.sequence()).isEqualTo(3);
            assertThat(json.readValue(held.view(), HeldEventView.class))
                    .isEqualTo(new HeldEventView("held-1", recorded.event(), recordedAt));
        });
        assertThat(stored.find(PROJECT).orElseThrow().version()).isEqualTo(3);
        assertThat(stored.find(PROJECT).orElseThrow().updatedAt()).isEqualTo(recordedAt);
        assertThat(stored.document(PROJECT).toString()).doesNotContain("held-1");
    }

    @Test
    @DisplayName("a batch that only recorded held events of a card writes its version and moment, not its document")
    void heldEventsAloneAdvanceTheCard() throws Exception {
        inOneBatch(history);
        String document = stored.documents.get(PROJECT);
        Instant recordedAt = Instant.parse("2023-03-21T08:00:00Z");
        HeldEventRecordedEvent recorded = new HeldEventRecordedEvent(PROJECT, "held-1", conferenceHeld(null));
        SerializedMessage<?> serialized = new SerializedMessage<>("event-3", serializer.serialize(recorded, byte[].class),
                serializer.serialize(MetaData.emptyInstance(), byte[].class), serializer);
        AnnotationEventHandlerAdapter dispatching = new AnnotationEventHandlerAdapter(projection);
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(
                new GenericDomainEventMessage<>("InnovationProject", PROJECT, 3, serialized, () -> recordedAt));
        batch.executeWithResult(() -> {
            dispatching.handle(batch.getMessage());
            return null;
        });

        assertThat(stored.reads).as("documents read").isEqualTo(1);
        assertThat(stored.positionReads).isEqualTo(1);
        assertThat(stored.documents.get(PROJECT)).isEqualTo(document);
        assertThat(stored.advanced).containsOnlyKeys(PROJECT);
        ProjectCard card = stored.find(PROJECT).orElseThrow();
        assertThat(card.version()).isEqualTo(3);
        assertThat(card.updatedAt()).isEqualTo(recordedAt);
        assertThat(stored.held).extracting(InMemoryCards.HeldRow::heldEventId).containsExactly("held-1");
    }

    @Test
    @DisplayName("a batch with a held event and an event the card shows for one project folds the whole card")
    void heldAndFoldedEventsReadTheDocument() {
        inOneBatch(history.subList(0, 2));
        HeldEventRecordedEvent recorded = new HeldEventRecordedEvent(PROJECT, "held-1", conferenceHeld(null));
        SerializedMessage<?> serialized = new SerializedMessage<>("event-2", serializer.serialize(recorded, byte[].class),
                serializer.serialize(MetaData.emptyInstance(), byte[].class), serializer);
        List<EventMessage<?>> events = List.of(
                new GenericDomainEventMessage<>("InnovationProject", PROJECT, 2, serialized, Instant::now),
                event(PROJECT, 3, new ApplicationSignedEvent(PROJECT, "tikhomirova"), "tikhomirova"));
        AnnotationEventHandlerAdapter dispatching = new AnnotationEventHandlerAdapter(projection);
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(new ArrayList<>(events));
        batch.executeWithResult(() -> {
            dispatching.handle(batch.getMessage());
            return null;
        });

        assertThat(stored.positionReads).isZero();
        ProjectCard card = stored.find(PROJECT).orElseThrow();
        assertThat(card.version()).isEqualTo(3);
        assertThat(card.application()).extracting(Decision::by).containsExactly("sikora", "tikhomirova");
        assertThat(stored.held).extracting(InMemoryCards.HeldRow::heldEventId).containsExactly("held-1");
    }

    @Test
    @DisplayName("a card read without its document refuses to fold an event it would show, instead of losing its document")
    void positionOnlyCardFoldsNothing() {
        DomainEventMessage<?> signed = history.get(2);

        assertThatThrownBy(() -> InMemoryCards.foldIntoPosition(PROJECT, 1, Instant.parse("2023-03-21T08:00:00Z"),
                signed.getPayload(), EventContext.of(signed)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(PROJECT);
    }

    private void inOneBatch(List<DomainEventMessage<?>> events) {
        inOneBatch(events, ReplayStatus.REGULAR);
    }

    private void inOneBatch(List<DomainEventMessage<?>> events, ReplayStatus replayStatus) {
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(new ArrayList<>(events));
        batch.executeWithResult(() -> {
            DomainEventMessage<?> message = (DomainEventMessage<?>) batch.getMessage();
            projection.on(message.getPayload(), message, replayStatus);
            return null;
        });
    }

    private static List<DomainEventMessage<?>> historyOf(String project) {
        return List.of(
                event(project, 0, new ProjectDraftRegisteredEvent(project, yayaNetworkProject()), "sikora"),
                event(project, 1, new ApplicationSubmittedEvent(project, StatusLevel.REGIONAL, IMC_YAYA, "sikora"),
                        "sikora"),
                event(project, 2, new ApplicationSignedEvent(project, "tikhomirova"), "tikhomirova"));
    }

    private static DomainEventMessage<?> event(String project, long sequence, Object payload, String userId) {
        return new GenericDomainEventMessage<>("InnovationProject", project, sequence, payload,
                MetaData.with(MetaDataKeys.USER_ID, userId).and(MetaDataKeys.ROLE, "SCHOOL"));
    }

    /** Checkpoints every second event; records what the projection asks for instead of writing them. */
    private static final class Checkpoints extends ProjectCardHistory {

        private final InMemoryCards stored;
        private final Map<String, Long> requested = new LinkedHashMap<>();
        private boolean cardWrittenBeforeRequest;
        private boolean deleted;

        Checkpoints(InMemoryCards stored) {
            super(null, null, new StateAtProperties(2));
            this.stored = stored;
        }

        @Override
        public void checkpointUpTo(String projectId, long sequence) {
            cardWrittenBeforeRequest = stored.find(projectId).map(ProjectCard::version).orElse(-1L) >= sequence;
            requested.put(projectId, sequence);
        }

        @Override
        public void deleteAll() {
            deleted = true;
        }
    }
}
