package ru.edu.innovation.query.registry;

import org.springframework.jdbc.core.JdbcTemplate;
import ru.edu.innovation.query.web.OrganizationsIn;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The registry of projects: the columns the card's storage keeps beside each card for the registry
 * to filter, search, sort and count on, read without the cards' documents.
 */
@Repository
public class ProjectRegistry {

    /** The columns a registry page may be sorted by. */
    public enum SortColumn {
        THEME("theme"), REGISTERED_AT("registered_at"), UPDATED_AT("updated_at"),
        ORGANIZATION("lead_organization_name"), LEVEL("level"), STATUS("status"), TERRITORY("territory"),
        STAGE("current_stage");

        private final String column;

        SortColumn(String column) {
            this.column = column;
        }
    }

    /** What the registry counts projects by, each value with how many projects have it. */
    public enum Tallied {
        TERRITORY("territory"), LEVEL("level"), STATUS("status");

        private final String column;

        Tallied(String column) {
            this.column = column;
        }
    }

    /**
     * A page's filter, each condition applied when given: {@code readableBy} are the lead
     * organizations a reader is limited to (their school, or their region's or territory's), null for all;
     * {@code participant} is a school whose network projects it reads beside those it leads; {@code text}
     * is searched in theme and goal.
     */
    public record Filter(Collection<String> readableBy, String participant, String level, String status,
                         String territory, Integer stage, String organization, String text) {
    }

    private final JdbcTemplate jdbc;

    public ProjectRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long count(Filter filter) {
        Where where = where(filter);
        Long total = jdbc.queryForObject("SELECT count(*) FROM project_card" + where.sql, Long.class, where.args.toArray());
        return total == null ? 0 : total;
    }

    public List<RegistryEntry> page(Filter filter, SortColumn sort, boolean descending, int page, int size) {
        Where where = where(filter);
        List<Object> args = new ArrayList<>(where.args);
        args.add(size);
        args.add((long) page * size);
        return jdbc.query("""
                        SELECT project_id, theme, level, status, territory, current_stage, lead_organization_id,
                               lead_organization_name, registered_at, updated_at, version
                          FROM project_card""" + where.sql + " ORDER BY " + sort.column + (descending ? " DESC" : " ASC")
                        + ", project_id LIMIT ? OFFSET ?",
                (row, i) -> new RegistryEntry(row.getString("project_id"), row.getString("theme"),
                        row.getString("level"), row.getString("status"), row.getString("territory"),
                        row.getInt("current_stage"), row.getString("lead_organization_id"),
                        row.getString("lead_organization_name"), row.getTimestamp("registered_at").toInstant(),
                        row.getTimestamp("updated_at").toInstant(), row.getLong("version")),
                args.toArray());
    }

    /**
     * How many projects have each value of {@code by} (in the value's order), of some lead
     * organizations or (with {@code null}) of all.
     */
    public Map<String, Long> tally(Tallied by, Collection<String> leadOrganizations) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Object[] args = leadOrganizations == null ? new Object[0] : leadOrganizations.toArray();
        // Not "AS key": KEY is a reserved word in H2, the embedded default's database.
        jdbc.query("SELECT " + by.column + " AS tallied, count(*) AS projects FROM project_card"
                        + (leadOrganizations == null ? "" : " WHERE " + OrganizationsIn.sql("lead_organization_id", leadOrganizations))
                        + " GROUP BY " + by.column + " ORDER BY " + by.column,
                row -> {
                    counts.put(row.getString("tallied"), row.getLong("projects"));
                }, args);
        return counts;
    }

    private static Where where(Filter filter) {
        Where where = new Where();
        if (filter.readableBy() != null) {
            // Not skipped when empty: a reader limited to no organization sees nothing.
            where.conditions.add(OrganizationsIn.readable(filter.readableBy(), filter.participant(), where.args));
        }
        where.condition("level = ?", filter.level());
        where.condition("status = ?", filter.status());
        where.condition("territory = ?", filter.territory());
        where.condition("current_stage = ?", filter.stage());
        where.condition("lead_organization_id = ?", filter.organization());
        if (filter.text() != null && !filter.text().isBlank()) {
            String pattern = "%" + filter.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.conditions.add("(theme ILIKE ? OR goal ILIKE ?)");
            where.args.add(pattern);
            where.args.add(pattern);
        }
        where.sql = where.conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", where.conditions);
        return where;
    }

    private static final class Where {

        private final List<String> conditions = new ArrayList<>();
        private final List<Object> args = new ArrayList<>();
        private String sql;

        void condition(String clause, Object value) {
            if (value != null && !(value instanceof String text && text.isBlank())) {
                conditions.add(clause);
                args.add(value);
            }
        }
    }
}
