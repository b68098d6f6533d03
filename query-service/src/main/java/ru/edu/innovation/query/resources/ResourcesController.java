package ru.edu.innovation.query.resources;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.edu.innovation.api.resource.ResourceKind;
import ru.edu.innovation.query.web.ProjectAccess;

import java.time.LocalDate;

@RestController
@Tag(name = "Ресурсы")
public class ResourcesController {

    private final ProjectAccess access;

    public ResourcesController(ProjectAccess access) {
        this.access = access;
    }

    @GetMapping("/api/projects/{projectId}/resources")
    @Operation(summary = "Ресурсное обеспечение проекта по видам: кадровые, материально-технические, информационные, финансовые …")
    public ProjectResources resources(@PathVariable String projectId,
                                      @Parameter(description = "подождать, пока данные дойдут до этой версии (из ответа команды)")
                                      @RequestParam(required = false) Long minVersion,
                                      @Parameter(description = "только ресурсы этого вида")
                                      @RequestParam(required = false) ResourceKind kind,
                                      @Parameter(description = "только ресурсы периодов, которые заканчиваются не раньше этой даты")
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                      @Parameter(description = "только ресурсы периодов, которые начинаются не позже этой даты")
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return ProjectResources.of(access.readableCard(projectId, minVersion), kind, from, to);
    }
}
