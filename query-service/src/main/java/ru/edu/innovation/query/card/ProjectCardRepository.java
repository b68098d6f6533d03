package ru.edu.innovation.query.card;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.util.List;
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

    private final JdbcTemplate jdbc;
    private final ObjectMapper objectMapper;
    private volatile String upsert;

    public ProjectCardRepository(JdbcTemplate jdbc, ObjectMapper objectMapper) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
    }

    /** Chosen on first use by the database behind the connection pool. */
    private String upsert() {
        if (upsert == null) {
            String product = jdbc.execute((java.sql.Connection connection) -> connection.getMetaData().getDatabaseProductName());
            upsert = "H2".equals(product) ? H2_UPSERT : POSTGRESQL_UPSERT;
        }
        return upsert;
    }

    public Optional<ProjectCard> find(String projectId) {
        List<ProjectCard> cards = jdbc.query("SELECT card FROM project_card WHERE project_id = ?",
                (row, i) -> read(row.getString("card")), projectId);
        return cards.stream().findFirst();
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
        var lead = card.details().leadOrganization();
        jdbc.update(upsert(), card.projectId(), card.version(), card.status().name(), card.level().name(),
                lead.territory(), card.currentStage(), lead.id(), lead.fullName(), card.details().theme(),
                card.details().goal(), Timestamp.from(card.registeredAt()), Timestamp.from(card.updatedAt()), write(card));
        jdbc.update("DELETE FROM pending_review WHERE project_id = ?", card.projectId());
        for (PendingReview pending : PendingReview.of(card)) {
            jdbc.update("""
                            INSERT INTO pending_review (project_id, item, item_id, level, title, organization_id,
                                                        organization_name, territory, waiting_since, overdue)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    pending.projectId(), pending.item().name(), pending.itemId(), pending.level().name(),
                    pending.title(), pending.organizationId(), pending.organizationName(), pending.territory(),
                    Timestamp.from(pending.waitingSince()), pending.overdue());
        }
    }

    /** Empties the views before a replay rebuilds them. */
    public void deleteAll() {
        jdbc.update("DELETE FROM pending_review");
        jdbc.update("DELETE FROM project_card");
    }

    private ProjectCard read(String json) {
        try {
            return objectMapper.readValue(json, ProjectCard.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored project card is not readable", e);
        }
    }

    private String write(ProjectCard card) {
        try {
            return objectMapper.writeValueAsString(card);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a project card cannot be written as JSON", e);
        }
    }
}
