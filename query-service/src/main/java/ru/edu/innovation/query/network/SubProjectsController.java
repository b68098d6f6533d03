package ru.edu.innovation.query.network;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.edu.innovation.query.plan.CalendarPlanController;
import ru.edu.innovation.query.web.ProjectAccess;

import java.time.Clock;
import java.time.LocalDate;

@RestController
@Tag(name = "Сетевой проект")
public class SubProjectsController {

    private final ProjectAccess access;
    private final Clock clock;

    public SubProjectsController(ProjectAccess access, Clock clock) {
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/api/projects/{projectId}/sub-projects")
    @Operation(summary = "Подпроекты организаций-участников сетевого проекта: организация, название, руководитель "
            + "и срок, если указаны, и мероприятия каждого подпроекта с их итогом на дату")
    public NetworkSubProjects subProjects(@PathVariable String projectId,
                                          @Parameter(description = "дата, на которую подводится итог (ГГГГ-ММ-ДД); по умолчанию сегодня")
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
                                          @Parameter(description = "подождать, пока данные дойдут до этой версии (из ответа команды)")
                                          @RequestParam(required = false) Long minVersion) {
        return NetworkSubProjects.of(access.readableCard(projectId, minVersion), at == null ? LocalDate.now(clock)
                : CalendarPlanController.within("at", at));
    }
}
