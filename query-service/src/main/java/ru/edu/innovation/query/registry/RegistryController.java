package ru.edu.innovation.query.registry;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.edu.innovation.api.common.StatusLevel;
import ru.edu.innovation.query.card.ProjectStatus;
import ru.edu.innovation.query.security.Reader;
import ru.edu.innovation.query.web.InvalidQueryException;
import ru.edu.innovation.query.web.ProjectAccess;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

@RestController
@Validated
@Tag(name = "Реестр проектов")
public class RegistryController {

    private static final Map<String, String> SORTS = Map.of(
            "theme", "theme", "registeredAt", "registered_at", "updatedAt", "updated_at",
            "organization", "lead_organization_name", "level", "level", "status", "status",
            "territory", "territory", "stage", "current_stage");

    private final JdbcTemplate jdbc;

    public RegistryController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/api/projects")
    @Operation(summary = "Реестр проектов: фильтры, поиск по теме и цели, сортировка, страницы")
    public Page<RegistryEntry> registry(
            @RequestParam(required = false) StatusLevel level,
            @RequestParam(required = false) ProjectStatus status,
            @RequestParam(required = false) String territory,
            @Parameter(description = "номер текущего этапа") @RequestParam(required = false) Integer stage,
            @Parameter(description = "код ведущей организации") @RequestParam(required = false) String organization,
            @Parameter(description = "поиск в теме и цели") @RequestParam(required = false) String q,
            @Parameter(description = "поле сортировки, «-» в начале — по убыванию: theme, registeredAt, updatedAt, "
                    + "organization, level, status, territory, stage")
            @RequestParam(defaultValue = "-updatedAt") String sort,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        List<String> where = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        Reader reader = ProjectAccess.reader();
        if (!reader.readsEverything()) {
            where.add("lead_organization_id = ?");
            args.add(reader.organizationId() == null ? "" : reader.organizationId());
        }
        condition(where, args, "level = ?", level == null ? null : level.name());
        condition(where, args, "status = ?", status == null ? null : status.name());
        condition(where, args, "territory = ?", territory);
        condition(where, args, "current_stage = ?", stage);
        condition(where, args, "lead_organization_id = ?", organization);
        if (q != null && !q.isBlank()) {
            where.add("(theme ILIKE ? OR goal ILIKE ?)");
            String pattern = "%" + q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            args.add(pattern);
            args.add(pattern);
        }
        String filter = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        Long total = jdbc.queryForObject("SELECT count(*) FROM project_card" + filter, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<RegistryEntry> items = jdbc.query("""
                        SELECT project_id, theme, level, status, territory, current_stage, lead_organization_id,
                               lead_organization_name, registered_at, updated_at, version
                          FROM project_card""" + filter + " ORDER BY " + orderBy(sort) + ", project_id LIMIT ? OFFSET ?",
                (row, i) -> new RegistryEntry(row.getString("project_id"), row.getString("theme"),
                        row.getString("level"), row.getString("status"), row.getString("territory"),
                        row.getInt("current_stage"), row.getString("lead_organization_id"),
                        row.getString("lead_organization_name"), row.getTimestamp("registered_at").toInstant(),
                        row.getTimestamp("updated_at").toInstant(), row.getLong("version")),
                pageArgs.toArray());
        return new Page<>(items, page, size, total == null ? 0 : total);
    }

    private static void condition(List<String> where, List<Object> args, String clause, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            where.add(clause);
            args.add(value);
        }
    }

    private static String orderBy(String sort) {
        boolean descending = sort.startsWith("-");
        String column = SORTS.get(descending ? sort.substring(1) : sort);
        if (column == null) {
            throw new InvalidQueryException("sort: поле «" + sort + "» не подходит; можно " + SORTS.keySet());
        }
        return column + (descending ? " DESC" : " ASC");
    }
}
