package ru.edu.innovation.query.card.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ru.edu.innovation.query.card.EventContext;
import ru.edu.innovation.query.card.ProjectCard;
import ru.edu.innovation.query.projection.ViewTables;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The card table as JSON documents, as the database keeps them, for tests of the projection: counts
 * what it reads and writes, and refuses writes on demand.
 */
public final class InMemoryCards extends ProjectCardRepository {

    /** A held event as it went to its project's page. */
    public record HeldRow(String projectId, long sequence, String heldEventId, byte[] view) {
    }

    /** How far a card has read, as the table's columns keep it. */
    public record Position(long version, Instant updatedAt) {
    }

    private final ObjectMapper json;
    public final Map<String, String> documents = new LinkedHashMap<>();
    /** Version and moment of every stored card, as its columns keep them. */
    private final Map<String, Position> positions = new LinkedHashMap<>();
    public final List<HeldRow> held = new ArrayList<>();
    /** Cards whose version and moment alone were written, by project. */
    public final Map<String, Position> advanced = new LinkedHashMap<>();
    public int reads;
    public int positionReads;
    public int writes;
    public int refusedWrites;

    public InMemoryCards(ObjectMapper json) {
        super(null, null, json);
        this.json = json;
    }

    /** Transactions without a database: writes go through, as behind a savepoint that is never rolled back. */
    public static ViewTables tables() {
        return new ViewTables(null) {
            @Override
            public boolean h2() {
                return true;
            }

            @Override
            public void commitWithoutWaitingForDisk() {
            }

            @Override
            public void isolated(Runnable writes) {
                writes.run();
            }
        };
    }

    @Override
    public Optional<ProjectCard> find(String projectId) {
        return Optional.ofNullable(documents.get(projectId)).map(document -> {
            ProjectCard card = read(document, ProjectCard.class);
            Position position = positions.get(projectId);
            ObjectNode columns = json.createObjectNode().put("version", position.version())
                    .put("updatedAt", position.updatedAt().toString());
            try {
                return json.readerForUpdating(card).readValue(columns);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Override
    Map<String, StoredCard> readCards(Collection<String> projectIds) {
        reads++;
        Map<String, StoredCard> found = new LinkedHashMap<>();
        projectIds.forEach(id -> find(id).ifPresent(card -> found.put(id,
                StoredCard.withDocument(id, card, card.version(), card.updatedAt()))));
        return found;
    }

    @Override
    Map<String, StoredCard> readPositions(Collection<String> projectIds) {
        positionReads++;
        Map<String, StoredCard> found = new LinkedHashMap<>();
        projectIds.forEach(id -> Optional.ofNullable(positions.get(id)).ifPresent(position -> found.put(id,
                StoredCard.position(id, position.version(), position.updatedAt()))));
        return found;
    }

    @Override
    void writeRows(Collection<StoredCard> rewritten, Collection<StoredCard> advanced, Collection<HeldEventJson> held) {
        writes++;
        if (refusedWrites > 0) {
            refusedWrites--;
            throw new IllegalStateException("the database refused the batch");
        }
        held.forEach(event -> this.held.add(new HeldRow(event.projectId(), event.sequence(), event.heldEventId(),
                event.view())));
        for (StoredCard card : advanced) {
            Position position = new Position(card.version(), card.updatedAt());
            this.advanced.put(card.projectId(), position);
            positions.put(card.projectId(), position);
        }
        for (StoredCard card : rewritten) {
            this.advanced.remove(card.projectId());
            positions.put(card.projectId(), new Position(card.version(), card.updatedAt()));
            documents.put(card.projectId(), write(card.document()));
        }
    }

    @Override
    public void deleteAll() {
        documents.clear();
        positions.clear();
        advanced.clear();
    }

    public JsonNode document(String projectId) {
        return read(documents.get(projectId), JsonNode.class);
    }

    /** Folds the event into a card read without its document, as a batch of held events alone holds it. */
    public static void foldIntoPosition(String projectId, long version, Instant updatedAt, Object event,
                                        EventContext context) {
        StoredCard.position(projectId, version, updatedAt).fold(event, context);
    }

    /** The document as the database keeps it: without its held events and its position (those are columns). */
    private String write(ProjectCard card) {
        try {
            ObjectNode document = json.valueToTree(card);
            document.remove(List.of("unplannedEvents", "version", "updatedAt"));
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String document, Class<T> type) {
        try {
            return json.readValue(document, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
