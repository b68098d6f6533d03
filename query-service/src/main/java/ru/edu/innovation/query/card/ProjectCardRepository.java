package ru.edu.innovation.query.card;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The stored cards and, derived from each, what of it waits for a review. */
@Repository
public class ProjectCardRepository {

    private static final String POSTGRESQL_UPSERT = """
            INSERT INTO project_card (project_id, version, status, level, territory, current_stage,
                                      lead_organization_id, lead_organization_name, theme, goal,
                                      registered_at, updated_at, card)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS json))
            ON CONFLICT (project_id) DO UPDATE SET
                version = EXCLUDED.version, status = EXCLUDED.status, level = EXCLUDED.level,
                territory = EXCLUDED.territory, current_stage = EXCLUDED.current_stage,
                lead_organization_id = EXCLUDED.lead_organization_id,
                lead_organization_name = EXCLUDED.lead_organization_name, theme = EXCLUDED.theme,
                goal = EXCLUDED.goal, updated_at = EXCLUDED.updated_at, card = EXCLUDED.card""";
    /** The embedded H2 database (native mode) keeps the card as text and upserts with MERGE. */
    private static final String H2_UPSERT = """
            MERGE INTO project_card (project_id, version, status, level, territory, current_stage,
                                     lead_organization_id, lead_organization_name, theme, goal,
                                     registered_at, updated_at, card)
            KEY (project_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
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
     * A page is closed once it holds this much JSON. PostgreSQL copies a value several times on its
     * way in, and whole batches of one project's events (half a megabyte) cost it twice as much per
     * byte as pages of 16–64 KB; 8 KB pages were slower again (measured on a rebuild of a million
     * events, findings of 2026-12-04).
     */
    private static final int PAGE_BYTES = 32 * 1024;
    /** Well below the bind-parameter limits of both databases. */
    private static final int IDS_PER_QUERY = 500;

    /** The held events are stored in pages of their own (table held_event_page), not in the card's document. */
    @JsonIgnoreProperties("held")
    private interface StoredActivity {
    }

    @JsonIgnoreProperties("unplannedEvents")
    private interface StoredCard {
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper objectMapper;
    private final ObjectMapper storage;
    private volatile Boolean h2;

    public ProjectCardRepository(JdbcTemplate jdbc, ObjectMapper objectMapper) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
        this.storage = objectMapper.copy()
                .addMixIn(ActivityView.class, StoredActivity.class)
                .addMixIn(ProjectCard.class, StoredCard.class);
    }

    /** Whether the database is the embedded H2 (else PostgreSQL): asked once, on first use. */
    private boolean h2() {
        if (h2 == null) {
            h2 = "H2".equals(jdbc.execute((java.sql.Connection connection) ->
                    connection.getMetaData().getDatabaseProductName()));
        }
        return h2;
    }

    /** The card with its held events, as the read API shows it. */
    public Optional<ProjectCard> findComplete(String projectId) {
        Optional<ProjectCard> found = find(projectId);
        found.ifPresent(card -> jdbc.query(
                "SELECT held FROM held_event_page WHERE project_id = ? ORDER BY first_sequence",
                row -> {
                    for (HeldEventView held : readJson(row.getString("held"), HeldEventView[].class)) {
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

    /** The card as the projection folds it further: its held events stay in their table. */
    public Optional<ProjectCard> find(String projectId) {
        List<ProjectCard> cards = jdbc.query("SELECT version, updated_at, card FROM project_card WHERE project_id = ?",
                (row, i) -> read(row), projectId);
        return cards.stream().findFirst();
    }

    /**
     * Lets the current transaction commit without waiting for its WAL to reach the disk
     * (PostgreSQL's {@code synchronous_commit = off} for this transaction). A batch of the views
     * commits with the processor's token: one lost in a crash is lost with its token and folded
     * again, so waiting for the disk buys nothing, while a replay commits a thousand batches.
     */
    public void commitWithoutWaitingForDisk() {
        if (!h2()) {
            jdbc.execute("SET LOCAL synchronous_commit TO OFF");
        }
    }

    /** The cards of those projects that have one, by project id, read in as few queries as the ids allow. */
    public Map<String, ProjectCard> findAll(Collection<String> projectIds) {
        return findCards("SELECT project_id, version, updated_at, card FROM project_card", projectIds,
                (row, i) -> read(row));
    }

    /**
     * How far the cards of those projects that have one have read, without their documents
     * ({@link ProjectCard#positionOf}), by project id.
     */
    public Map<String, ProjectCard> findPositions(Collection<String> projectIds) {
        return findCards("SELECT project_id, version, updated_at FROM project_card", projectIds,
                (row, i) -> ProjectCard.positionOf(row.getString("project_id"), row.getLong("version"), updatedAt(row)));
    }

    private Map<String, ProjectCard> findCards(String select, Collection<String> projectIds, RowMapper<ProjectCard> card) {
        Map<String, ProjectCard> found = new HashMap<>();
        List<String> ids = List.copyOf(projectIds);
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            jdbc.query(select + " WHERE project_id IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")",
                    row -> {
                        found.put(row.getString("project_id"), card.mapRow(row, 0));
                    }, chunk.toArray());
        }
        return found;
    }

    public Optional<String> leadOrganizationOf(String projectId) {
        return jdbc.queryForList("SELECT lead_organization_id FROM project_card WHERE project_id = ?", String.class,
                projectId).stream().findFirst();
    }

    /** The version of the project this service has applied, or -1 if it has seen none of its events. */
    public long versionOf(String projectId) {
        List<Long> versions = jdbc.queryForList("SELECT version FROM project_card WHERE project_id = ?", Long.class,
                projectId);
        return versions.isEmpty() ? -1 : versions.get(0);
    }

    public void save(ProjectCard card) {
        saveAll(List.of(card), List.of(), List.of());
    }

    /**
     * Writes the cards, the events held since they were read and what of them waits for a review,
     * each table in one round trip: a projection batch that touched many projects costs a few,
     * not a few per project and per held event. The cards in {@code advanced} went only past held
     * events: of them only the version and the moment are written, as their document and their
     * reviews did not change (the columns are read back over the document, see
     * {@link #read(ResultSet)}). A replay of a store with many projects at a time would otherwise
     * write each card's whole document again for a few held events in every batch.
     */
    public void saveAll(Collection<ProjectCard> changed, Collection<ProjectCard> advanced,
                        Collection<HeldEventJson> held) {
        batch("UPDATE project_card SET version = ?, updated_at = ? WHERE project_id = ?", advanced.stream()
                .map(card -> new Object[]{card.version(), Timestamp.from(card.updatedAt()), card.projectId()})
                .toList());
        insertHeld(held);
        if (changed.isEmpty()) {
            return;
        }
        List<Object[]> cardRows = new ArrayList<>();
        List<Object[]> projectIds = new ArrayList<>();
        List<Object[]> pendingRows = new ArrayList<>();
        for (ProjectCard card : changed) {
            var lead = card.details().leadOrganization();
            cardRows.add(new Object[]{card.projectId(), card.version(), card.status().name(), card.level().name(),
                    storable(lead.territory()), card.currentStage(), storable(lead.id()), storable(lead.fullName()),
                    // A draft may have no goal yet; the column is searched, not shown, so empty does.
                    storable(card.details().theme()), storable(Objects.requireNonNullElse(card.details().goal(), "")),
                    Timestamp.from(card.registeredAt()), Timestamp.from(card.updatedAt()), write(card)});
            projectIds.add(new Object[]{card.projectId()});
            for (PendingReview pending : PendingReview.of(card)) {
                pendingRows.add(new Object[]{pending.projectId(), pending.item().name(), storable(pending.itemId()),
                        pending.level().name(), storable(pending.title()), storable(pending.organizationId()),
                        storable(pending.organizationName()), storable(pending.territory()),
                        Timestamp.from(pending.waitingSince()), pending.overdue(), storable(pending.reviewingInstituteId())});
            }
        }
        batch(h2() ? H2_UPSERT : POSTGRESQL_UPSERT, cardRows);
        batch("DELETE FROM pending_review WHERE project_id = ?", projectIds);
        batch("""
                INSERT INTO pending_review (project_id, item, item_id, level, title, organization_id,
                                            organization_name, territory, waiting_since, overdue,
                                            reviewing_institute_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", pendingRows);
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
        if (h2()) {
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

    /**
     * A text as a column can hold it: PostgreSQL's text refuses the NUL character, which JSON (and
     * so a stored event) carries. The column gets U+FFFD in its place, the card's document (json,
     * which keeps it escaped) the text as stored, so the card shows what was sent and the registry
     * filters and sorts on a text as close to it as the column allows.
     */
    static String storable(String text) {
        return text == null || text.indexOf('\0') < 0 ? text : text.replace('\0', '\uFFFD');
    }

    /**
     * Runs {@code writes} in the current transaction behind a savepoint: if they fail, what they
     * wrote is undone and the transaction stays usable (PostgreSQL refuses every statement of a
     * transaction after a failed one), so one event's failure can be parked and the rest committed.
     */
    public void isolated(Runnable writes) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            Savepoint savepoint = connection.setSavepoint();
            try {
                writes.run();
            } catch (RuntimeException failed) {
                connection.rollback(savepoint);
                throw failed;
            }
            connection.releaseSavepoint(savepoint);
            return null;
        });
    }

    private void batch(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
        }
    }

    /** Empties the views before a replay rebuilds them. */
    public void deleteAll() {
        if (h2()) {
            jdbc.update("DELETE FROM held_event_page");
            jdbc.update("DELETE FROM pending_review");
            jdbc.update("DELETE FROM project_card");
        } else {
            // TRUNCATE drops the tables' files at once instead of deleting (and vacuuming) every row.
            jdbc.execute("TRUNCATE held_event_page, pending_review, project_card");
        }
    }

    /**
     * A stored card: its document, moved to the version and moment of its columns (a card that has
     * since only gone past held events has those written alone).
     */
    private ProjectCard read(ResultSet row) throws SQLException {
        return readJson(row.getString("card"), ProjectCard.class, storage).advance(row.getLong("version"), updatedAt(row));
    }

    private static Instant updatedAt(ResultSet row) throws SQLException {
        return row.getObject("updated_at", OffsetDateTime.class).toInstant();
    }

    private String write(ProjectCard card) {
        return writeJson(card, storage);
    }

    private <T> T readJson(String json, Class<T> type) {
        return readJson(json, type, objectMapper);
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
}
