package ru.edu.innovation.query.summary;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.edu.innovation.query.web.ProjectAccess;

@RestController
@Tag(name = "Сводка по региону")
public class RegionalSummaryController {

    private final RegionalSummaries summaries;

    public RegionalSummaryController(RegionalSummaries summaries) {
        this.summaries = summaries;
    }

    @GetMapping("/api/summary/regional")
    @Operation(summary = "Сводка по региону: проекты по территориям, уровням и статусам; отчёты на рассмотрении "
            + "и просроченные; проекты, у которых этап закончился без отчёта; трансляция опыта по уровням. "
            + "Школа видит только свои проекты, органы управления и институты — свой регион или территорию")
    public RegionalSummary regional() {
        return summaries.of(ProjectAccess.reader());
    }
}
