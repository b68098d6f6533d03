package ru.edu.innovation.query.acts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.edu.innovation.api.plan.NormativeActKind;
import ru.edu.innovation.query.web.PeriodFilter;
import ru.edu.innovation.query.web.ProjectAccess;

import java.time.LocalDate;

@RestController
@Tag(name = "Локальные акты")
public class NormativeActsController {

    private final ProjectAccess access;

    public NormativeActsController(ProjectAccess access) {
        this.access = access;
    }

    @GetMapping("/api/projects/{projectId}/normative-acts")
    @Operation(summary = "Локальные акты: принятые в периоде — по видам и по дате; проекты актов отдельно, "
            + "они не учитываются до принятия")
    public ProjectNormativeActs acts(@PathVariable String projectId,
                                     @RequestParam(required = false) NormativeActKind kind,
                                     @Parameter(description = "начало периода")
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                     @Parameter(description = "окончание периода")
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                     @Parameter(description = "подождать, пока данные дойдут до этой версии (из ответа команды)")
                                     @RequestParam(required = false) Long minVersion) {
        PeriodFilter period = PeriodFilter.of(from, to);
        return ProjectNormativeActs.of(access.readableCard(projectId, minVersion), period, kind);
    }
}
