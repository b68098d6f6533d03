package ru.edu.innovation.query.summary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.edu.innovation.api.common.ReviewLevel;
import ru.edu.innovation.api.common.StatusLevel;
import ru.edu.innovation.api.review.ReviewedItem;
import ru.edu.innovation.query.card.ProjectCard;
import ru.edu.innovation.query.card.ProjectStatus;
import ru.edu.innovation.query.security.Reader;
import ru.edu.innovation.query.web.ProjectAccess;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@RestController
@Tag(name = "Сводка по региону")
public class RegionalSummaryController {

    private final JdbcTemplate jdbc;
    private final ObjectMapper objectMapper;
    private final Clock clock;

    public RegionalSummaryController(JdbcTemplate jdbc, ObjectMapper objectMapper, Clock clock) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    @GetMapping("/api/summary/regional")
    @Operation(summary = "Сводка по региону: проекты по территориям, уровням и статусам; отчёты на рассмотрении "
            + "и просроченные; проекты, у которых этап закончился без отчёта. Школа видит только свои проекты")
    public RegionalSummary regional() {
        Reader reader = ProjectAccess.reader();
        // A school's numbers are its own organization's; everyone else sees the whole region.
        String organization = reader.readsEverything() ? null
                : reader.organizationId() == null ? "" : reader.organizationId();
        LocalDate today = LocalDate.now(clock);
        Object[] args = organization == null ? new Object[0] : new Object[] {organization};
        String cards = organization == null ? "" : " WHERE lead_organization_id = ?";

        List<Tally> byTerritory = jdbc.query("SELECT territory, count(*) AS projects FROM project_card" + cards
                        + " GROUP BY territory ORDER BY territory",
                (row, i) -> new Tally(row.getString("territory"), row.getLong("projects")), args);
        Map<String, Long> levels = counts("level", cards, args);
        Map<String, Long> statuses = counts("status", cards, args);

        Map<String, long[]> due = new HashMap<>();
        jdbc.query("SELECT level, count(*) AS due, count(*) FILTER (WHERE overdue) AS overdue FROM pending_review"
                        + " WHERE item = '" + ReviewedItem.REPORT.name() + "'"
                        + (organization == null ? "" : " AND organization_id = ?") + " GROUP BY level",
                row -> {
                    due.put(row.getString("level"), new long[] {row.getLong("due"), row.getLong("overdue")});
                }, args);

        List<MissingReport> missing = jdbc.query("SELECT card FROM project_card WHERE status = '"
                                + ProjectStatus.ACTIVE.name() + "'"
                                + (organization == null ? "" : " AND lead_organization_id = ?")
                                + " ORDER BY territory, lead_organization_name, project_id",
                        (row, i) -> read(row.getString("card")), args)
                .stream()
                .map(card -> MissingReport.of(card, today))
                .flatMap(Optional::stream)
                .toList();

        return new RegionalSummary(today, organization,
                byTerritory.stream().mapToLong(Tally::projects).sum(), byTerritory,
                all(Arrays.stream(StatusLevel.values()).map(Enum::name).toList(), levels),
                all(Arrays.stream(ProjectStatus.values()).map(Enum::name).toList(), statuses),
                Arrays.stream(ReviewLevel.values()).map(level -> {
                    long[] counted = due.getOrDefault(level.name(), new long[2]);
                    return new ReportsDue(level, counted[0], counted[1]);
                }).toList(),
                missing);
    }

    private Map<String, Long> counts(String column, String cards, Object[] args) {
        Map<String, Long> counts = new HashMap<>();
        // Not "AS key": KEY is a reserved word in H2, the embedded default's database.
        jdbc.query("SELECT " + column + " AS tallied, count(*) AS projects FROM project_card" + cards
                        + " GROUP BY " + column,
                row -> {
                    counts.put(row.getString("tallied"), row.getLong("projects"));
                }, args);
        return counts;
    }

    /** Every value of the enumeration in its order, with zero where no project has it: a steady shape for dashboards. */
    private static List<Tally> all(List<String> keys, Map<String, Long> counts) {
        return keys.stream().map(key -> new Tally(key, counts.getOrDefault(key, 0L))).toList();
    }

    private ProjectCard read(String json) {
        try {
            return objectMapper.readValue(json, ProjectCard.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored project card is not readable", e);
        }
    }
}
