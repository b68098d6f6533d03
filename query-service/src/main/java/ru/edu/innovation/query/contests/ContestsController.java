package ru.edu.innovation.query.contests;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.edu.innovation.api.common.OutreachLevel;
import ru.edu.innovation.api.contest.ContestResult;
import ru.edu.innovation.query.web.PeriodFilter;
import ru.edu.innovation.query.web.ProjectAccess;

import java.time.Clock;
import java.time.LocalDate;

@RestController
@Tag(name = "Конкурсы и награды")
public class ContestsController {

    private final ProjectAccess access;
    private final Clock clock;

    public ContestsController(ProjectAccess access, Clock clock) {
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/api/projects/{projectId}/contests")
    @Operation(summary = "Конкурсы, олимпиады и награды: участник, уровень, результат, дата; записи без даты — "
            + "после датированных и относятся к периоду по дню записи")
    public ProjectContests contests(@PathVariable String projectId,
                                    @RequestParam(required = false) OutreachLevel level,
                                    @RequestParam(required = false) ContestResult result,
                                    @Parameter(description = "начало периода")
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @Parameter(description = "окончание периода")
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                    @Parameter(description = "подождать, пока данные дойдут до этой версии (из ответа команды)")
                                    @RequestParam(required = false) Long minVersion) {
        PeriodFilter period = PeriodFilter.of(from, to);
        return ProjectContests.of(access.readableCard(projectId, minVersion), period, level, result, clock.getZone());
    }
}
