package ru.edu.innovation.query.reviews;

import ru.edu.innovation.query.web.OrganizationsIn;
import com.fasterxml.jackson.annotation.JsonIncludeProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import ru.edu.innovation.api.common.ReviewLevel;
import ru.edu.innovation.api.project.ProjectDetails;
import ru.edu.innovation.api.review.ReviewedItem;
import ru.edu.innovation.query.card.EventContext;
import ru.edu.innovation.query.card.ProjectCard;
import ru.edu.innovation.query.projection.ViewTables;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static ru.edu.innovation.query.projection.ViewTables.storable;

/**
 * The review queue's tables: {@code pending_review}, what waits for a decision, one row per item,
 * and {@code pending_review_project}, each project as far as the queue has folded it.
 */
@Repository
public class PendingReviewRepository {

    private static final String POSTGRESQL_UPSERT = """
            INSERT INTO pending_review_project (project_id, version, state) VALUES (?, ?, CAST(? AS json))
            ON CONFLICT (project_id) DO UPDATE SET version = EXCLUDED.version, state = EXCLUDED.state""";
    private static final String H2_UPSERT = """
            MERGE INTO pending_review_project (project_id, version, state) KEY (project_id) VALUES (?, ?, ?)""";
    private static final String COLUMNS = """
            project_id, item, item_id, level, title, organization_id, organization_name, territory,
            waiting_since, overdue, reviewing_institute_id""";

    /**
     * Of the project's details a stored project keeps what the queue shows: the card's fold reads the
     * details only from the draft events, which bring them whole, so nothing folded later misses the rest.
     */
    @JsonIncludeProperties({"levelAppliedFor", "theme", "leadOrganization"})
    private interface StoredDetails {
    }

    private final JdbcTemplate jdbc;
    private final ViewTables tables;
    private final ObjectMapper states;

    public PendingReviewRepository(JdbcTemplate jdbc, ViewTables tables, ObjectMapper objectMapper) {
        this.jdbc = jdbc;
        this.tables = tables;
        this.states = objectMapper.copy().addMixIn(ProjectDetails.class, StoredDetails.class);
    }

    /**
     * Which waiting reviews a reader asks for: with {@code ownInstituteOnly}, what the institute
     * {@code instituteId} reviews and what was stored before institutes were named; of the lead
     * {@code organizations} of the reader's region or territory (null for all); a null level or item takes all.
     */
    public record Filter(boolean ownInstituteOnly, String instituteId, Collection<String> organizations,
                         ReviewLevel level, ReviewedItem item) {
    }

    /** How many reports wait at one level, and how many of them past their deadline. */
    public record ReportsWaiting(long waiting, long overdue) {
    }

    public long count(Filter filter) {
        Where where = where(filter);
        Long total = jdbc.queryForObject("SELECT count(*) FROM pending_review" + where.sql, Long.class,
                where.args.toArray());
        return total == null ? 0 : total;
    }

    /** A page of the waiting reviews: overdue first, then the longest waiting. */
    public List<PendingReview> page(Filter filter, int page, int size) {
        Where where = where(filter);
        List<Object> args = new ArrayList<>(where.args);
        args.add(size);
        args.add((long) page * size);
        return jdbc.query("SELECT " + COLUMNS + " FROM pending_review" + where.sql
                        + " ORDER BY overdue DESC, waiting_since, project_id, item, item_id LIMIT ? OFFSET ?",
                (row, i) -> read(row), args.toArray());
    }

    /** The reports waiting for a review by level, of some lead organizations or (with {@code null}) of all. */
    public Map<ReviewLevel, ReportsWaiting> reportsWaiting(Collection<String> organizations) {
        Map<ReviewLevel, ReportsWaiting> waiting = new EnumMap<>(ReviewLevel.class);
        List<Object> args = new ArrayList<>(List.of(ReviewedItem.REPORT.name()));
        if (organizations != null) {
            args.addAll(organizations);
        }
        jdbc.query("SELECT level, count(*) AS waiting, count(*) FILTER (WHERE overdue) AS overdue FROM pending_review"
                        + " WHERE item = ?" + (organizations == null ? "" : " AND " + OrganizationsIn.sql("organization_id", organizations))
                        + " GROUP BY level",
                row -> {
                    waiting.put(ReviewLevel.valueOf(row.getString("level")),
                            new ReportsWaiting(row.getLong("waiting"), row.getLong("overdue")));
                }, args.toArray());
        return waiting;
    }

    /** The projects of a batch as far as the queue has folded them, read in as few queries as the ids allow. */
    Batch open(Collection<String> projectIds) {
        Map<String, ProjectCard> found = new HashMap<>();
        tables.forEachRowOf("SELECT project_id, state FROM pending_review_project", projectIds, row -> {
            found.put(row.getString("project_id"), readState(row.getString("state")));
        });
        return new Batch(found);
    }

    /** Writes the projects the batch changed and replaces what of them waits, each table in one round trip. */
    void write(Batch batch) {
        List<Object[]> states = new ArrayList<>();
        List<Object[]> projectIds = new ArrayList<>();
        List<Object[]> waiting = new ArrayList<>();
        for (ProjectCard project : batch.changed()) {
            String projectId = project.projectId();
            if (projectId == null) {
                // Its registration has not been folded (parked, or skipped by an administrator): nothing to show.
                continue;
            }
            states.add(new Object[]{projectId, project.version(), writeState(project)});
            projectIds.add(new Object[]{projectId});
            for (PendingReview pending : PendingReview.of(project)) {
                waiting.add(new Object[]{pending.projectId(), pending.item().name(), storable(pending.itemId()),
                        pending.level().name(), storable(pending.title()), storable(pending.organizationId()),
                        storable(pending.organizationName()), storable(pending.territory()),
                        Timestamp.from(pending.waitingSince()), pending.overdue(), storable(pending.reviewingInstituteId())});
            }
        }
        batch(tables.h2() ? H2_UPSERT : POSTGRESQL_UPSERT, states);
        batch("DELETE FROM pending_review WHERE project_id = ?", projectIds);
        batch("INSERT INTO pending_review (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", waiting);
    }

    /** Empties the queue before a replay rebuilds it. */
    void deleteAll() {
        if (tables.h2()) {
            jdbc.update("DELETE FROM pending_review");
            jdbc.update("DELETE FROM pending_review_project");
        } else {
            jdbc.execute("TRUNCATE pending_review, pending_review_project");
        }
    }

    private void batch(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
        }
    }

    private static Where where(Filter filter) {
        List<String> conditions = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (filter.ownInstituteOnly()) {
            conditions.add("(reviewing_institute_id IS NULL OR reviewing_institute_id = ?)");
            args.add(filter.instituteId());
        }
        if (filter.organizations() != null) {
            conditions.add(OrganizationsIn.sql("organization_id", filter.organizations()));
            args.addAll(filter.organizations());
        }
        if (filter.level() != null) {
            conditions.add("level = ?");
            args.add(filter.level().name());
        }
        if (filter.item() != null) {
            conditions.add("item = ?");
            args.add(filter.item().name());
        }
        return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), args);
    }

    private record Where(String sql, List<Object> args) {
    }

    private static PendingReview read(ResultSet row) throws SQLException {
        String itemId = row.getString("item_id");
        return new PendingReview(row.getString("project_id"), ReviewedItem.valueOf(row.getString("item")),
                itemId == null || itemId.isEmpty() ? null : itemId, ReviewLevel.valueOf(row.getString("level")),
                row.getString("title"), row.getString("organization_id"), row.getString("organization_name"),
                row.getString("territory"), row.getTimestamp("waiting_since").toInstant(), row.getBoolean("overdue"),
                row.getString("reviewing_institute_id"));
    }

    /** A project as the queue stored it ({@link #writeState}); a state stored whole before reads as well. */
    ProjectCard readState(String json) {
        try {
            return states.readValue(json, ProjectCard.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored project of the review queue is not readable", e);
        }
    }

    /** A project as the queue stores it: the card's fold of the events it handles, of the details only what it shows. */
    String writeState(ProjectCard project) {
        try {
            return states.writeValueAsString(project);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a project of the review queue cannot be written as JSON", e);
        }
    }

    /** The projects one batch of events has read and which of them it changed. */
    static final class Batch {

        private final Map<String, ProjectCard> projects;
        private final Set<String> changed = new LinkedHashSet<>();

        Batch(Map<String, ProjectCard> projects) {
            this.projects = new HashMap<>(projects);
        }

        long versionOf(String projectId) {
            ProjectCard project = projects.get(projectId);
            return project == null ? -1 : project.version();
        }

        void fold(String projectId, Object event, EventContext context) {
            projects.computeIfAbsent(projectId, id -> new ProjectCard()).apply(event, context);
            changed.add(projectId);
        }

        /** The projects an event of the batch changed, in the order they were first changed. */
        List<ProjectCard> changed() {
            return changed.stream().map(projects::get).toList();
        }
    }
}
