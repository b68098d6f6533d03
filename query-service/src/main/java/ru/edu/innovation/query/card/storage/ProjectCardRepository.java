package ru.edu.innovation.query.card.storage;

import ru.edu.innovation.query.web.OrganizationsIn;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import ru.edu.innovation.api.plan.HeldEventRecordedEvent;
import ru.edu.innovation.query.card.ActivityView;
import ru.edu.innovation.query.card.EventContext;
import ru.edu.innovation.query.card.HeldEventView;
import ru.edu.innovation.query.card.ProjectCard;
import ru.edu.innovation.query.card.ProjectStatus;
import ru.edu.innovation.query.projection.ViewTables;
import ru.edu.innovation.query.security.ProjectOrganizations;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import static ru.edu.innovation.query.projection.ViewTables.storable;

/**
 * The one way to the stored cards, for the projection that folds them and for the views that read
 * them. How they are kept is this package's own: the document without its held events, which go to
 * pages of their own copied in ({@link HeldEventJson}, {@link BinaryCopyRows}), how far each card
 * has read in columns beside it, the columns the registry filters and sorts on, and the whole
 * cards kept as checkpoints to replay a card at a moment from ({@code card_checkpoint}).
 */
@Repository
public class ProjectCardRepository {

    private static final Logger log = LoggerFactory.getLogger(ProjectCardRepository.class);

    private static final String POSTGRESQL_UPSERT = """
            INSERT INTO project_card (project_id, version, status, level, territory, current_stage,
                                      lead_organization_id, lead_organization_name, participant_organizations,
                                      theme, goal, registered_at, updated_at, card)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS json))
            ON CONFLICT (project_id) DO UPDATE SET
                version = EXCLUDED.version, status = EXCLUDED.status, level = EXCLUDED.level,
                territory = EXCLUDED.territory, current_stage = EXCLUDED.current_stage,
                lead_organization_id = EXCLUDED.lead_organization_id,
                lead_organization_name = EXCLUDED.lead_organization_name,
                participant_organizations = EXCLUDED.participant_organizations, theme = EXCLUDED.theme,
                goal = EXCLUDED.goal, updated_at = EXCLUDED.updated_at, card = EXCLUDED.card""";
    /** The embedded H2 database (native mode) keeps the card as text and upserts with MERGE. */
    private static final String H2_UPSERT = """
            MERGE INTO project_card (project_id, version, status, level, territory, current_stage,
                                     lead_organization_id, lead_organization_name, participant_organizations,
                                     theme, goal, registered_at, updated_at, card)
            KEY (project_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    /**
     * A project's held events are kept in pages: each batch of the projection writes a project's
     * held events into pages of their own, of about {@link #PAGE_BYTES} each. In a replay a batch
     * folds hundreds of one project's held events, and a row for a page of them costs PostgreSQL a
     * fraction of a row (and an index entry) for each. A page holds events newer than the card's
     * version (the projection skips the others, and the version commits with the page), so pages
     * are copied in, never upserted.
     */
    private static final String POSTGRESQL_COPY_HELD = """
            COPY held_event_page (project_id, first_sequence, held) FROM STDIN (FORMAT binary)""";
    private static final String H2_INSERT_HELD = """
            INSERT INTO held_event_page (project_id, first_sequence, held) VALUES (?, ?, ?)""";
    /**
     * A page is closed once it holds this much JSON: PostgreSQL copies a value several times on its
     * way in, so a whole batch of one project's events in one value costs more per byte than pages of
     * tens of kilobytes, and much smaller pages cost a row each (bench/findings.md).
     */
    private static final int PAGE_BYTES = 32 * 1024;

    /**
     * The held events are stored in pages of their own (table held_event_page), not in the card's
     * document; how far the card has read is kept in its columns.
     */
    @JsonIgnoreProperties("held")
    private interface StoredActivity {
    }

    @JsonIgnoreProperties({"unplannedEvents", "version", "updatedAt"})
    private interface StoredDocument {
    }

    private final JdbcTemplate jdbc;
    private final ViewTables tables;
    private final ObjectMapper objectMapper;
    private final ObjectMapper storage;

    public ProjectCardRepository(JdbcTemplate jdbc, ViewTables tables, ObjectMapper objectMapper) {
        this.jdbc = jdbc;
        this.tables = tables;
        this.objectMapper = objectMapper;
        this.storage = objectMapper.copy()
                .addMixIn(ActivityView.class, StoredActivity.class)
                .addMixIn(ProjectCard.class, StoredDocument.class);
    }

    /** The card with its held events, as the read API shows it. */
    public Optional<ProjectCard> findComplete(String projectId) {
        Optional<ProjectCard> found = find(projectId);
        found.ifPresent(card -> jdbc.query(
                "SELECT held FROM held_event_page WHERE project_id = ? ORDER BY first_sequence",
                row -> {
                    for (HeldEventView held : readJson(row.getString("held"), HeldEventView[].class, objectMapper)) {
                        String activityId = held.event().activityId();
                        ActivityView activity = activityId == null ? null : card.activities().get(activityId);
                        if (activity == null) {
                            card.unplannedEvents().add(held);
                        } else {
                            activity.held().add(held);
                        }
                    }
                }, projectId));
        return found;
    }

    /** The card without its held events (they stay in their pages). */
    public Optional<ProjectCard> find(String projectId) {
        return jdbc.query("SELECT version, updated_at, card FROM project_card WHERE project_id = ?",
                (row, i) -> shown(row), projectId).stream().findFirst();
    }

    /**
     * The cards of the active projects, of one lead organization or (with {@code null}) of all,
     * by territory, lead organization and project; without their held events.
     */
    public List<ProjectCard> findActive(Collection<String> leadOrganizations) {
        String sql = "SELECT version, updated_at, card FROM project_card WHERE status = ?"
                + (leadOrganizations == null ? "" : " AND " + OrganizationsIn.sql("lead_organization_id", leadOrganizations))
                + " ORDER BY territory, lead_organization_name, project_id";
        List<Object> args = new ArrayList<>(List.of(ProjectStatus.ACTIVE.name()));
        if (leadOrganizations != null) {
            args.addAll(leadOrganizations);
        }
        return jdbc.query(sql, (row, i) -> shown(row), args.toArray());
    }

    /** The project's lead organization and the network's participants, if the project has a card. */
    public Optional<ProjectOrganizations> organizationsOf(String projectId) {
        return jdbc.query("SELECT lead_organization_id, participant_organizations FROM project_card WHERE project_id = ?",
                (row, i) -> new ProjectOrganizations(row.getString("lead_organization_id"),
                        OrganizationsIn.participantsOf(row.getString("participant_organizations"))), projectId)
                .stream().findFirst();
    }

    /** The version of the project this service has applied, or -1 if it has seen none of its events. */
    public long versionOf(String projectId) {
        List<Long> versions = jdbc.queryForList("SELECT version FROM project_card WHERE project_id = ?", Long.class,
                projectId);
        return versions.isEmpty() ? -1 : versions.get(0);
    }

    /**
     * The cards a batch of events needs, read in one query per table: in full for the projects with
     * an event the card's document shows, and only how far they have read for those with held events
     * alone ({@link Batch#hold} moves no more of them). A replay's batches are mostly such.
     */
    public Batch open(List<? extends EventMessage<?>> events) {
        Set<String> folded = new LinkedHashSet<>();
        Set<String> heldOnly = new LinkedHashSet<>();
        for (EventMessage<?> event : events) {
            if (event instanceof DomainEventMessage<?> domain) {
                (HeldEventRecordedEvent.class.isAssignableFrom(domain.getPayloadType()) ? heldOnly : folded)
                        .add(domain.getAggregateIdentifier());
            }
        }
        heldOnly.removeAll(folded);
        Map<String, StoredCard> found = new HashMap<>();
        if (!folded.isEmpty()) {
            found.putAll(readCards(folded));
        }
        if (!heldOnly.isEmpty()) {
            found.putAll(readPositions(heldOnly));
        }
        return new Batch(found);
    }

    /**
     * Writes what the batch changed, each table in one round trip: the cards whose document changed,
     * of those only moved past held events their version and moment (their document did not change),
     * and the held events into their pages.
     */
    public void write(Batch batch) {
        List<StoredCard> rewritten = new ArrayList<>();
        List<StoredCard> advanced = new ArrayList<>();
        for (String projectId : batch.changed) {
            StoredCard card = batch.cards.get(projectId);
            if (card.registered()) {
                (card.rewritten() ? rewritten : advanced).add(card);
            }
        }
        if (!rewritten.isEmpty() || !advanced.isEmpty()) {
            writeRows(rewritten, advanced, batch.held.stream()
                    .filter(event -> batch.cards.get(event.projectId()).registered()).toList());
        }
    }

    /** The cards of those projects that have one, with their documents, by project id. */
    Map<String, StoredCard> readCards(Collection<String> projectIds) {
        return readRows("SELECT project_id, version, updated_at, card FROM project_card", projectIds,
                (row, i) -> StoredCard.withDocument(row.getString("project_id"),
                        readJson(row.getString("card"), ProjectCard.class, storage), row.getLong("version"), updatedAt(row)));
    }

    /** How far the cards of those projects that have one have read, without their documents, by project id. */
    Map<String, StoredCard> readPositions(Collection<String> projectIds) {
        return readRows("SELECT project_id, version, updated_at FROM project_card", projectIds,
                (row, i) -> StoredCard.position(row.getString("project_id"), row.getLong("version"), updatedAt(row)));
    }

    private Map<String, StoredCard> readRows(String select, Collection<String> projectIds, RowMapper<StoredCard> card) {
        Map<String, StoredCard> found = new HashMap<>();
        tables.forEachRowOf(select, projectIds, row -> {
            found.put(row.getString("project_id"), card.mapRow(row, 0));
        });
        return found;
    }

    /**
     * Writes the cards and the events held since they were read, each table in one round trip: a
     * projection batch that touched many projects costs a few, not a few per project and per held
     * event. Of the cards in {@code advanced} only the version and the moment are written: a replay
     * of a store with many projects at a time would otherwise write each card's whole document again
     * for a few held events in every batch.
     */
    void writeRows(Collection<StoredCard> rewritten, Collection<StoredCard> advanced, Collection<HeldEventJson> held) {
        batch("UPDATE project_card SET version = ?, updated_at = ? WHERE project_id = ?", advanced.stream()
                .map(card -> new Object[]{card.version(), Timestamp.from(card.updatedAt()), card.projectId()})
                .toList());
        insertHeld(held);
        List<Object[]> cardRows = new ArrayList<>();
        for (StoredCard stored : rewritten) {
            ProjectCard card = stored.document();
            var lead = card.details().leadOrganization();
            cardRows.add(new Object[]{card.projectId(), stored.version(), card.status().name(), card.level().name(),
                    storable(lead.territory()), card.currentStage(), storable(lead.id()), storable(lead.fullName()),
                    storable(OrganizationsIn.participantsColumn(card.details().participants())),
                    // A draft may have no goal yet; the column is searched, not shown, so empty does.
                    storable(card.details().theme()), storable(Objects.requireNonNullElse(card.details().goal(), "")),
                    Timestamp.from(card.registeredAt()), Timestamp.from(stored.updatedAt()),
                    writeJson(card, storage)});
        }
        batch(tables.h2() ? H2_UPSERT : POSTGRESQL_UPSERT, cardRows);
    }

    /** Writes the held events into pages per project, in the order given (their stream's). */
    private void insertHeld(Collection<HeldEventJson> held) {
        Map<String, HeldEventPage> open = new HashMap<>();
        List<HeldEventPage> pages = new ArrayList<>();
        for (HeldEventJson event : held) {
            HeldEventPage page = open.get(event.projectId());
            if (page == null || page.isFull()) {
                page = new HeldEventPage(event.projectId(), event.sequence());
                open.put(event.projectId(), page);
                pages.add(page);
            }
            page.add(event.view());
        }
        if (pages.isEmpty()) {
            return;
        }
        if (tables.h2()) {
            batch(H2_INSERT_HELD, pages.stream().map(page -> new Object[]{page.projectId, page.firstSequence,
                    new String(page.finish(), StandardCharsets.UTF_8)}).toList());
            return;
        }
        BinaryCopyRows copy = new BinaryCopyRows();
        for (HeldEventPage page : pages) {
            copy.row(3).text(page.projectId).bigint(page.firstSequence).bytes(page.finish());
        }
        byte[] data = copy.finish();
        jdbc.execute((ConnectionCallback<Long>) connection -> {
            CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(POSTGRESQL_COPY_HELD);
            try {
                in.writeToCopy(data, 0, data.length);
                return in.endCopy();
            } finally {
                if (in.isActive()) {
                    in.cancelCopy();
                }
            }
        });
    }

    /** Held events of one project as a JSON array of their views. */
    private static final class HeldEventPage {

        private final String projectId;
        private final long firstSequence;
        private final ByteArrayOutputStream json = new ByteArrayOutputStream(4096);

        HeldEventPage(String projectId, long firstSequence) {
            this.projectId = projectId;
            this.firstSequence = firstSequence;
            json.write('[');
        }

        boolean isFull() {
            return json.size() >= PAGE_BYTES;
        }

        void add(byte[] view) {
            if (json.size() > 1) {
                json.write(',');
            }
            json.writeBytes(view);
        }

        /** The page's JSON; called once, when it is written. */
        byte[] finish() {
            json.write(']');
            return json.toByteArray();
        }
    }

    private void batch(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
        }
    }

    /**
     * A card kept whole (held events included) after one of its events, to replay the card at a
     * moment from: {@code eventsUntil} is the latest timestamp among the events folded into it.
     */
    public record Checkpoint(ProjectCard card, Instant eventsUntil) {
    }

    /** The latest checkpoint of the project whose events all lie at or before the moment. */
    public Optional<Checkpoint> latestCheckpointUntil(String projectId, Instant moment) {
        return latestCheckpoint(projectId, "events_until <= ?", OffsetDateTime.ofInstant(moment, ZoneOffset.UTC));
    }

    /** The latest checkpoint of the project after its event {@code sequence} or before. */
    public Optional<Checkpoint> latestCheckpointUpTo(String projectId, long sequence) {
        return latestCheckpoint(projectId, "sequence_number <= ?", sequence);
    }

    private Optional<Checkpoint> latestCheckpoint(String projectId, String condition, Object bound) {
        List<Optional<Checkpoint>> latest = jdbc.query("""
                SELECT sequence_number, events_until, card FROM card_checkpoint WHERE project_id = ? AND %s
                 ORDER BY sequence_number DESC LIMIT 1""".formatted(condition), (row, n) -> {
            try {
                return Optional.of(new Checkpoint(objectMapper.readValue(row.getBytes("card"), ProjectCard.class),
                        row.getObject("events_until", OffsetDateTime.class).toInstant()));
            } catch (IOException unreadable) {
                // Damaged, or written by a version whose card no longer reads: replayed from the first
                // event instead, and written anew as any missing checkpoint is.
                long sequence = row.getLong("sequence_number");
                log.warn("Checkpoint {} of {} is unreadable and is deleted", sequence, projectId, unreadable);
                jdbc.update("DELETE FROM card_checkpoint WHERE project_id = ? AND sequence_number = ?",
                        projectId, sequence);
                return Optional.empty();
            }
        }, projectId, bound);
        return latest.stream().findFirst().flatMap(checkpoint -> checkpoint);
    }

    public void saveCheckpoint(Checkpoint checkpoint) {
        ProjectCard card = checkpoint.card();
        try {
            jdbc.update("INSERT INTO card_checkpoint (project_id, sequence_number, events_until, card) VALUES (?, ?, ?, ?)",
                    card.projectId(), card.version(), OffsetDateTime.ofInstant(checkpoint.eventsUntil(), ZoneOffset.UTC),
                    objectMapper.writeValueAsBytes(card));
        } catch (DuplicateKeyException writtenMeanwhile) {
            // by another instance of this service: the same events give the same card
        } catch (IOException unwritable) {
            throw new UncheckedIOException("checkpoint of " + card.projectId(), unwritable);
        }
    }

    /** Forgets all checkpoints: the cards are rebuilt, perhaps because the fold has changed. */
    public void deleteCheckpoints() {
        jdbc.update("DELETE FROM card_checkpoint");
    }

    /** Empties the cards before a replay rebuilds them. */
    public void deleteAll() {
        if (tables.h2()) {
            jdbc.update("DELETE FROM held_event_page");
            jdbc.update("DELETE FROM project_card");
        } else {
            // TRUNCATE drops the tables' files at once instead of deleting (and vacuuming) every row.
            jdbc.execute("TRUNCATE held_event_page, project_card");
        }
    }

    /** A stored card as the views show it: its document at the version and moment of its columns. */
    private ProjectCard shown(ResultSet row) throws SQLException {
        ProjectCard card = readJson(row.getString("card"), ProjectCard.class, storage);
        ObjectNode position = objectMapper.createObjectNode()
                .put("version", row.getLong("version"))
                .put("updatedAt", updatedAt(row).toString());
        try {
            return objectMapper.readerForUpdating(card).readValue(position);
        } catch (IOException e) {
            throw new IllegalStateException("the position of a stored card is not readable", e);
        }
    }

    private static Instant updatedAt(ResultSet row) throws SQLException {
        return row.getObject("updated_at", OffsetDateTime.class).toInstant();
    }

    private static <T> T readJson(String json, Class<T> type, ObjectMapper mapper) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored " + type.getSimpleName() + " is not readable", e);
        }
    }

    private static String writeJson(Object value, ObjectMapper mapper) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(value.getClass().getSimpleName() + " cannot be written as JSON", e);
        }
    }

    /**
     * The cards one batch of events has read and what it changed of them: the projection folds each
     * event into its project's card ({@link #fold}) or, a held event, records it as stored ({@link #hold}).
     */
    public static final class Batch {

        private final Map<String, StoredCard> cards;
        private final Set<String> changed = new LinkedHashSet<>();
        private final List<HeldEventJson> held = new ArrayList<>();

        Batch(Map<String, StoredCard> cards) {
            this.cards = new LinkedHashMap<>(cards);
        }

        /** How far the project's card has read: its last event's sequence number, -1 before its first. */
        public long versionOf(String projectId) {
            StoredCard card = cards.get(projectId);
            return card == null ? -1 : card.version();
        }

        /** Folds the event into the project's card; every project of the batch was looked up when it began. */
        public void fold(String projectId, Object event, EventContext context) {
            cards.computeIfAbsent(projectId, StoredCard::none).fold(event, context);
            changed.add(projectId);
        }

        /**
         * Records a held event as stored: the payload goes to the project's page as it is, neither
         * bound to records nor written again, and of the card only how far it has read moves. The
         * card read in full, or at a moment, folds the same event and shows the same held event.
         */
        public void hold(String projectId, long sequence, byte[] payload, Instant recordedAt) {
            // Read before the card moves: an unreadable payload leaves the card as it was.
            HeldEventJson event = HeldEventJson.fromPayload(projectId, sequence, payload, recordedAt);
            cards.computeIfAbsent(projectId, StoredCard::none).moveTo(sequence, recordedAt);
            held.add(event);
            changed.add(projectId);
        }
    }
}
