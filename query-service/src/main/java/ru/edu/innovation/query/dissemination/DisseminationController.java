package ru.edu.innovation.query.dissemination;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.edu.innovation.api.common.OutreachLevel;
import ru.edu.innovation.api.dissemination.DisseminationForm;
import ru.edu.innovation.query.web.PeriodFilter;
import ru.edu.innovation.query.web.ProjectAccess;

import java.time.Clock;
import java.time.LocalDate;

@RestController
@Tag(name = "Трансляция опыта")
public class DisseminationController {

    private final ProjectAccess access;
    private final Clock clock;

    public DisseminationController(ProjectAccess access, Clock clock) {
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/api/projects/{projectId}/dissemination")
    @Operation(summary = "Трансляция опыта: выступления, вебинары, мастер-классы, публикации по уровням; записи без "
            + "даты — после датированных и относятся к периоду по дню записи")
    public ProjectDissemination dissemination(@PathVariable String projectId,
                                              @RequestParam(required = false) OutreachLevel level,
                                              @RequestParam(required = false) DisseminationForm form,
                                              @Parameter(description = "начало периода")
                                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                              @Parameter(description = "окончание периода")
                                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                              @Parameter(description = "подождать, пока данные дойдут до этой версии (из ответа команды)")
                                              @RequestParam(required = false) Long minVersion) {
        PeriodFilter period = PeriodFilter.of(from, to);
        return ProjectDissemination.of(access.readableCard(projectId, minVersion), period, level, form,
                clock.getZone());
    }
}
