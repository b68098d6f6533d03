package ru.edu.innovation.query.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.edu.innovation.query.web.ProjectAccess;

import java.time.Clock;
import java.time.LocalDate;

@RestController
@Tag(name = "Календарный план")
public class CalendarPlanController {

    private final ProjectAccess access;
    private final Clock clock;

    public CalendarPlanController(ProjectAccess access, Clock clock) {
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/api/projects/{projectId}/plan")
    @Operation(summary = "Календарный план и его выполнение: мероприятия по задачам и этапам, что проведено, "
            + "отклонения и управленческие действия, доля выполненного, просроченные мероприятия")
    public CalendarPlan plan(@PathVariable String projectId,
                             @Parameter(description = "подождать, пока данные дойдут до этой версии (из ответа команды)")
                             @RequestParam(required = false) Long minVersion) {
        return CalendarPlan.of(access.readableCard(projectId, minVersion), LocalDate.now(clock));
    }
}
