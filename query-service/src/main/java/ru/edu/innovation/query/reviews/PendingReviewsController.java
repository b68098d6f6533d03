package ru.edu.innovation.query.reviews;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.edu.innovation.api.common.ReviewLevel;
import ru.edu.innovation.api.review.ReviewedItem;
import ru.edu.innovation.query.registry.Page;
import ru.edu.innovation.platform.openapi.ProblemAnswer;
import ru.edu.innovation.query.security.Reader;
import ru.edu.innovation.query.web.ProjectAccess;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

@RestController
@Tag(name = "Рассмотрение")
public class PendingReviewsController {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public PendingReviewsController(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @GetMapping("/api/reviews/pending")
    @Operation(summary = "Что ждёт решения института и министерства: заявки, отчёты, завершение этапов; "
            + "сначала просроченные, затем самые давние",
            description = "Пользователь института видит только проекты, экспертизу которых проводит его институт "
                    + "(и поданные до того, как институт стали указывать); министерство, аудиторы и администраторы — все")
    @ProblemAnswer(status = 403, description = "Школе очередь не видна: она охватывает все организации (FORBIDDEN)")
    public Page<WaitingReview> pending(
            @Parameter(description = "кто должен решить: INSTITUTE или MINISTRY") @RequestParam(required = false) ReviewLevel level,
            @Parameter(description = "что рассматривается: APPLICATION, REPORT, STAGE_COMPLETION")
            @RequestParam(required = false) ReviewedItem item,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        // The queue spans every school, so only those who read every project may see it.
        Reader reader = ProjectAccess.reader();
        if (!reader.readsEverything()) {
            throw new AccessDeniedException("the review queue spans every organization");
        }
        List<String> where = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (reader.seesOnlyOwnInstitutesReviews()) {
            // What any institute may take (stored before institutes were named) and what their own reviews.
            where.add("(reviewing_institute_id IS NULL OR reviewing_institute_id = ?)");
            args.add(reader.organizationId());
        }
        if (level != null) {
            where.add("level = ?");
            args.add(level.name());
        }
        if (item != null) {
            where.add("item = ?");
            args.add(item.name());
        }
        String filter = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        Long total = jdbc.queryForObject("SELECT count(*) FROM pending_review" + filter, Long.class, args.toArray());
        LocalDate today = LocalDate.now(clock);
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<WaitingReview> items = jdbc.query("""
                        SELECT project_id, item, item_id, level, title, organization_id, organization_name, territory,
                               waiting_since, overdue
                          FROM pending_review""" + filter
                        + " ORDER BY overdue DESC, waiting_since, project_id, item, item_id LIMIT ? OFFSET ?",
                (row, i) -> {
                    var since = row.getTimestamp("waiting_since").toInstant();
                    String itemId = row.getString("item_id");
                    return new WaitingReview(row.getString("project_id"), ReviewedItem.valueOf(row.getString("item")),
                            itemId == null || itemId.isEmpty() ? null : itemId, ReviewLevel.valueOf(row.getString("level")),
                            row.getString("title"), row.getString("organization_id"),
                            row.getString("organization_name"), row.getString("territory"), since,
                            WaitingReview.waitingDays(since, today, clock.getZone()), row.getBoolean("overdue"));
                }, pageArgs.toArray());
        return new Page<>(items, page, size, total == null ? 0 : total);
    }
}
