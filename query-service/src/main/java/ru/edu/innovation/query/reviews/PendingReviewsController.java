package ru.edu.innovation.query.reviews;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import java.util.List;

@RestController
@Tag(name = "Рассмотрение")
public class PendingReviewsController {

    private final PendingReviewRepository queue;
    private final Clock clock;

    public PendingReviewsController(PendingReviewRepository queue, Clock clock) {
        this.queue = queue;
        this.clock = clock;
    }

    @GetMapping("/api/reviews/pending")
    @Operation(summary = "Что ждёт решения института и министерства: заявки, отчёты, завершение этапов; "
            + "сначала просроченные, затем самые давние",
            description = "Пользователь института видит только проекты, экспертизу которых проводит его институт "
                    + "(и поданные до того, как институт стали указывать); министерство — проекты своего региона, "
                    + "муниципальные органы — своей территории; аудиторы и администраторы — все")
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
        PendingReviewRepository.Filter filter = new PendingReviewRepository.Filter(
                // What any institute may take (stored before institutes were named) and what their own reviews.
                reader.seesOnlyOwnInstitutesReviews(), reader.organizationId(), reader.readableOrganizations(), level, item);
        long total = queue.count(filter);
        LocalDate today = LocalDate.now(clock);
        List<WaitingReview> items = queue.page(filter, page, size).stream()
                .map(pending -> new WaitingReview(pending.projectId(), pending.item(), pending.itemId(), pending.level(),
                        pending.title(), pending.organizationId(), pending.organizationName(), pending.territory(),
                        pending.waitingSince(), WaitingReview.waitingDays(pending.waitingSince(), today, clock.getZone()),
                        pending.overdue()))
                .toList();
        return new Page<>(items, page, size, total);
    }
}
