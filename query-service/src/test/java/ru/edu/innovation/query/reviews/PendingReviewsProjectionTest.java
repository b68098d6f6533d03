package ru.edu.innovation.query.reviews;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.serialization.SerializedMessage;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.api.common.DecidingAct;
import ru.edu.innovation.api.common.MetaDataKeys;
import ru.edu.innovation.api.common.ReviewLevel;
import ru.edu.innovation.api.common.StatusLevel;
import ru.edu.innovation.api.plan.HeldEventRecordedEvent;
import ru.edu.innovation.api.project.ApplicationSignedEvent;
import ru.edu.innovation.api.project.ApplicationSubmittedEvent;
import ru.edu.innovation.api.project.ExpertDecisionRecordedEvent;
import ru.edu.innovation.api.project.ProjectDraftRegisteredEvent;
import ru.edu.innovation.api.report.ReportSignedEvent;
import ru.edu.innovation.api.report.ReportSubmittedEvent;
import ru.edu.innovation.api.review.ReviewedItem;
import ru.edu.innovation.api.stage.StageCompletionRequest;
import ru.edu.innovation.api.stage.StageCompletionRequestedEvent;
import ru.edu.innovation.api.stage.StageStartedEvent;
import ru.edu.innovation.api.status.StatusAssignedEvent;
import ru.edu.innovation.query.card.EventContext;
import ru.edu.innovation.query.card.ProjectCard;
import ru.edu.innovation.query.card.ProjectHistory;
import ru.edu.innovation.query.card.storage.InMemoryCards;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static ru.edu.innovation.seeds.SeedProjects.IMC_YAYA;
import static ru.edu.innovation.seeds.SeedProjects.conferenceHeld;
import static ru.edu.innovation.seeds.SeedProjects.interimReport2022_2023;
import static ru.edu.innovation.seeds.SeedProjects.statusOrder2469;
import static ru.edu.innovation.seeds.SeedProjects.yayaNetworkProject;

class PendingReviewsProjectionTest {

    private static final Instant START = Instant.parse("2023-03-01T03:00:00Z");

    private final ObjectMapper json = JsonMapper.builder().findAndAddModules().build();
    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(json).build();
    private final StoredQueue stored = new StoredQueue(json);
    private final PendingReviewsProjection projection = new PendingReviewsProjection(stored, InMemoryCards.tables());
    private final AnnotationEventHandlerAdapter dispatching = new AnnotationEventHandlerAdapter(projection);

    @Test
    @DisplayName("a replay in one batch after a reset gives exactly the queue and the projects of the live run")
    void replayEqualsLive() {
        List<EventMessage<?>> history = interleaved(historyOf("project-a"), historyOf("project-b"));
        history.forEach(event -> inOneBatch(List.of(event)));
        Map<String, String> liveProjects = new LinkedHashMap<>(stored.projects);
        List<PendingReview> liveQueue = stored.queue();

        projection.reset();
        assertThat(stored.projects).isEmpty();
        inOneBatch(history);

        assertThat(stored.projects).isEqualTo(liveProjects);
        assertThat(stored.queue()).isEqualTo(liveQueue);
        assertThat(liveQueue).extracting(PendingReview::projectId, PendingReview::item, PendingReview::itemId,
                        PendingReview::level)
                .containsExactlyInAnyOrder(
                        tuple("project-a", ReviewedItem.STAGE_COMPLETION, "1", ReviewLevel.INSTITUTE),
                        tuple("project-a", ReviewedItem.REPORT, "interim", ReviewLevel.INSTITUTE),
                        tuple("project-b", ReviewedItem.STAGE_COMPLETION, "1", ReviewLevel.INSTITUTE),
                        tuple("project-b", ReviewedItem.REPORT, "interim", ReviewLevel.INSTITUTE));
    }

    @Test
    @DisplayName("the queue is what the card of the same events waits for: both fold through the card's fold")
    void queueIsTheCardsPendingReviews() {
        List<EventMessage<?>> history = historyOf("project-a").subList(0, 4);
        inOneBatch(history);

        ProjectCard card = new ProjectCard();
        history.stream().filter(event -> !HeldEventRecordedEvent.class.equals(event.getPayloadType()))
                .map(DomainEventMessage.class::cast)
                .forEach(event -> card.apply(event.getPayload(), EventContext.of(event)));
        assertThat(stored.queue()).isEqualTo(PendingReview.of(card)).singleElement()
                .satisfies(pending -> assertThat(pending.item()).isEqualTo(ReviewedItem.APPLICATION));
    }

    @Test
    @DisplayName("a stored project keeps of the details only what the queue shows, and a queue folded one event "
            + "per batch through stored projects is the queue of the card folded whole")
    void storedProjectKeepsWhatTheQueueShows() throws JsonProcessingException {
        List<EventMessage<?>> history = historyOf("project-a");
        history.forEach(event -> inOneBatch(List.of(event)));

        ProjectCard card = new ProjectCard();
        history.stream().map(DomainEventMessage.class::cast)
                .forEach(event -> card.apply(event.getPayload(), EventContext.of(event)));
        assertThat(stored.queue()).isEqualTo(PendingReview.of(card)).hasSize(2);
        List<String> detailsKept = new ArrayList<>();
        json.readTree(stored.projects.get("project-a")).get("details").fieldNames().forEachRemaining(detailsKept::add);
        assertThat(detailsKept).containsExactlyInAnyOrder("levelAppliedFor", "theme", "leadOrganization");
        assertThat(stored.projects.get("project-a").length()).isLessThan(json.writeValueAsString(card).length() / 2);
    }

    @Test
    @DisplayName("a project the queue stored whole, before it kept only what it shows, reads and folds on")
    void wholeStoredProjectReads() throws JsonProcessingException {
        List<EventMessage<?>> history = historyOf("project-a");
        ProjectCard whole = new ProjectCard();
        history.subList(0, 6).stream().map(DomainEventMessage.class::cast)
                .forEach(event -> whole.apply(event.getPayload(), EventContext.of(event)));
        stored.projects.put("project-a", json.writeValueAsString(whole));

        inOneBatch(history.subList(6, history.size()));

        ProjectCard card = new ProjectCard();
        history.stream().map(DomainEventMessage.class::cast)
                .forEach(event -> card.apply(event.getPayload(), EventContext.of(event)));
        assertThat(stored.queue()).isEqualTo(PendingReview.of(card));
    }

    @Test
    @DisplayName("a batch reads each project once, never binds a held event's payload, and skips events folded before")
    void oneReadPerBatchHeldEventsUnread() {
        List<EventMessage<?>> history = historyOf("project-a");
        SerializedMessage<?> held = heldEvent();

        inOneBatch(interleaved(history, List.of(new GenericDomainEventMessage<>("InnovationProject", "project-a", 99,
                held, () -> START))));
        int writes = stored.writes;
        String project = stored.projects.get("project-a");
        inOneBatch(history.subList(2, 6));

        assertThat(stored.reads).isEqualTo(2);
        assertThat(held.isPayloadDeserialized()).isFalse();
        assertThat(stored.writes).as("a batch of events folded before writes nothing new").isEqualTo(writes + 1);
        assertThat(stored.projects.get("project-a")).isEqualTo(project);
    }

    private SerializedMessage<?> heldEvent() {
        HeldEventRecordedEvent recorded = new HeldEventRecordedEvent("project-a", "held-1", conferenceHeld(null));
        return new SerializedMessage<>("held-1", serializer.serialize(recorded, byte[].class),
                serializer.serialize(MetaData.emptyInstance(), byte[].class), serializer);
    }

    private void inOneBatch(List<EventMessage<?>> events) {
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(new ArrayList<>(events));
        batch.executeWithResult(() -> {
            EventMessage<?> message = batch.getMessage();
            if (dispatching.canHandle(message)) {
                dispatching.handle(message);
            }
            return null;
        });
    }

    private static List<EventMessage<?>> interleaved(List<EventMessage<?>> first, List<EventMessage<?>> second) {
        List<EventMessage<?>> all = new ArrayList<>();
        for (int i = 0; i < Math.max(first.size(), second.size()); i++) {
            if (i < first.size()) {
                all.add(first.get(i));
            }
            if (i < second.size()) {
                all.add(second.get(i));
            }
        }
        return all;
    }

    /** A project through its application to a stage completion and a report both waiting at the institute. */
    private static List<EventMessage<?>> historyOf(String project) {
        List<Object> payloads = List.of(
                new ProjectDraftRegisteredEvent(project, yayaNetworkProject()),
                new ApplicationSubmittedEvent(project, StatusLevel.REGIONAL, IMC_YAYA, "sikora"),
                new ApplicationSignedEvent(project, "tikhomirova"),
                new ExpertDecisionRecordedEvent(project, ProjectHistory.approve("Соответствует"), "panina"),
                new StatusAssignedEvent(project, statusOrder2469(), "minobr", DecidingAct.MINISTRY_ORDER, "minobr-kuzbass"),
                new StageStartedEvent(project, 1, "Подготовительный этап"),
                new StageCompletionRequestedEvent(project, 1, new StageCompletionRequest("Выполнен"), "sikora"),
                new ReportSubmittedEvent(project, "interim", interimReport2022_2023(), "sikora", null, null, null),
                new ReportSignedEvent(project, "interim", "tikhomirova"));
        List<EventMessage<?>> events = new ArrayList<>();
        for (int i = 0; i < payloads.size(); i++) {
            Instant at = START.plusSeconds(3600L * i);
            events.add(new GenericDomainEventMessage<>("InnovationProject", project, i, payloads.get(i),
                    MetaData.with(MetaDataKeys.USER_ID, "sikora").and(MetaDataKeys.ROLE, "SCHOOL"), "event-" + project + i,
                    at));
        }
        return events;
    }

    /** The queue's tables as JSON documents and rows, as the database keeps them. */
    private static final class StoredQueue extends PendingReviewRepository {

        private final Map<String, String> projects = new LinkedHashMap<>();
        private final Map<String, List<PendingReview>> waiting = new LinkedHashMap<>();
        private int reads;
        private int writes;

        StoredQueue(ObjectMapper json) {
            super(null, null, json);
        }

        @Override
        Batch open(Collection<String> projectIds) {
            reads++;
            Map<String, ProjectCard> found = new LinkedHashMap<>();
            projectIds.forEach(id -> {
                if (projects.containsKey(id)) {
                    found.put(id, readState(projects.get(id)));
                }
            });
            return new Batch(found);
        }

        @Override
        void write(Batch batch) {
            writes++;
            for (ProjectCard project : batch.changed()) {
                projects.put(project.projectId(), writeState(project));
                waiting.put(project.projectId(), PendingReview.of(project));
            }
        }

        @Override
        void deleteAll() {
            projects.clear();
            waiting.clear();
        }

        List<PendingReview> queue() {
            return waiting.values().stream().flatMap(List::stream).toList();
        }
    }
}
