package ru.edu.innovation.query.risks;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.edu.innovation.query.web.ProjectAccess;

import java.time.LocalDate;

@RestController
@Tag(name = "Риски")
public class RisksController {

    private final ProjectAccess access;

    public RisksController(ProjectAccess access) {
        this.access = access;
    }

    @GetMapping("/api/projects/{projectId}/risks")
    @Operation(summary = "Риски проекта, способы их преодоления и мониторинг по периодам: состояние и что сделано")
    public ProjectRisks risks(@PathVariable String projectId,
                              @Parameter(description = "подождать, пока данные дойдут до этой версии (из ответа команды)")
                              @RequestParam(required = false) Long minVersion,
                              @Parameter(description = "только мониторинг периодов, которые заканчиваются не раньше этой даты")
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                              @Parameter(description = "только мониторинг периодов, которые начинаются не позже этой даты")
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return ProjectRisks.of(access.readableCard(projectId, minVersion), from, to);
    }
}
